package org.parkbench.site.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptTextTest {
    @Test
    void commentLinesBlankLinesAndIndentationGoAndEveryLineOfCodeStaysAsWritten() {
        String source = """
                /*
                 * A note for contributors.
                 */
                (function () {
                  'use strict';
                  // a line comment

                  var url = 'http://example.org/*not a comment*/'; // kept: after code
                  /** One line. */ var after = 1;
                  var re = /[a-z]+/g; /* a comment after code
                     that goes on */
                })();
                """;
        assertThat(ScriptText.compact(source)).isEqualTo("""
                (function () {
                'use strict';
                var url = 'http://example.org/*not a comment*/'; // kept: after code
                var after = 1;
                var re = /[a-z]+/g; /* a comment after code
                that goes on */
                })();
                """);
    }
}
