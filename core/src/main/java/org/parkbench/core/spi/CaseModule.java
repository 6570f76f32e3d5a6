package org.parkbench.core.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * A case plugged into Parkbench. Implementations are found with {@link java.util.ServiceLoader}
 * (list the class in {@code META-INF/services/org.parkbench.core.spi.CaseModule}); their data
 * lives on the classpath under {@code parkbench/cases/<id>/}. A case needs no code beyond this.
 */
public interface CaseModule {
    /** The case id: a slug, equal to the module's directory name under {@code cases/}. */
    String id();

    /**
     * The directory holding {@code case.md} and the case's CSV files: a folder when the module
     * runs from its build output, a folder inside the jar otherwise.
     */
    default Path dataDirectory() {
        String resource = "parkbench/cases/" + id() + "/case.md";
        URL url = getClass().getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("case module " + id() + " (" + getClass().getName()
                    + ") has no " + resource + " on its classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier call: reuse it
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot open the data of case " + id() + ": " + e.getMessage(), e));
        }
    }
}
