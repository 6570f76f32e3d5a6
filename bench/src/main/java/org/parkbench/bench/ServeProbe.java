package org.parkbench.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures what a lecturer waits for in {@code parkbench serve}: from saving one case's CSV file to
 * the preview serving the updated page. It changes the enterprises figure of a park in the case's
 * {@code observations.csv}, then asks the preview for the park's page every few milliseconds until
 * the new figure is in it ("page"), and for the site's version until the update of the pages over
 * every case is done too ("complete"). Repeats with a new figure each time and prints one line per
 * run and the median and worst, in milliseconds. The CSV file is restored at the end.
 *
 * <p>Usage: {@code ServeProbe BASE_URL CASE_DIR PARK_ID [RUNS]}, against a running {@code parkbench serve}.
 */
public final class ServeProbe {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServeProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ServeProbe BASE_URL CASE_DIR PARK_ID [RUNS]");
            System.exit(2);
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        Path csv = Path.of(args[1]).resolve("observations.csv");
        String park = args[2];
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        String original = Files.readString(csv, StandardCharsets.UTF_8);
        List<Long> page = new ArrayList<>();
        List<Long> complete = new ArrayList<>();
        try {
            for (int run = 0; run < runs; run++) {
                long value = 900_001 + run * 1_111;
                String shown = String.format(Locale.ROOT, "%,d", value);
                long version = Long.parseLong(get(base.resolve("__parkbench/version")).strip());
                String changed = withEnterprises(original, park, value);
                long start = System.nanoTime();
                Files.writeString(csv, changed, StandardCharsets.UTF_8);
                long served = -1;
                long done = -1;
                long deadline = start + Duration.ofSeconds(120).toNanos();
                while (System.nanoTime() < deadline && (served < 0 || done < 0)) {
                    if (served < 0 && get(base.resolve("parks/" + park + ".html")).contains(shown)) {
                        served = System.nanoTime() - start;
                    }
                    if (served >= 0 && done < 0 && Long.parseLong(get(base.resolve("__parkbench/version")).strip()) >= version + 2) {
                        done = System.nanoTime() - start;
                    }
                    Thread.sleep(3);
                }
                if (served < 0 || done < 0) {
                    throw new IllegalStateException("the preview did not show the change within 120 s");
                }
                page.add(served / 1_000_000);
                complete.add(done / 1_000_000);
                System.out.printf(Locale.ROOT, "run %d: page served after %d ms, every page updated after %d ms%n", run + 1,
                        served / 1_000_000, done / 1_000_000);
                Thread.sleep(500);
            }
        } finally {
            Files.writeString(csv, original, StandardCharsets.UTF_8);
        }
        System.out.printf(Locale.ROOT, "page: median %d ms, worst %d ms; complete: median %d ms, worst %d ms%n",
                median(page), max(page), median(complete), max(complete));
    }

    /** The CSV with the first enterprises figure of {@code park} replaced by {@code value}. */
    static String withEnterprises(String csv, String park, long value) {
        String prefix = park + ",enterprises,";
        int at = csv.indexOf("\n" + prefix);
        if (at < 0) {
            throw new IllegalArgumentException("no enterprises row for " + park);
        }
        int start = at + 1 + prefix.length();
        int end = csv.indexOf(',', start);
        return csv.substring(0, start) + value + csv.substring(end);
    }

    private static String get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
