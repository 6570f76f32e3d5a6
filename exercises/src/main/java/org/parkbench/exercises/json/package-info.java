/**
 * The JSON the course publishes, written through Jackson in one configuration
 * ({@link org.parkbench.exercises.json.DeterministicJson}): the same data gives the same bytes on
 * every build and machine, and the text is safe inside an HTML {@code <script>} element.
 */
package org.parkbench.exercises.json;
