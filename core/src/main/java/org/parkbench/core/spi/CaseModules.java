package org.parkbench.core.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the case modules on a classpath, sorted by id (never by classpath order). */
public final class CaseModules {
    private CaseModules() {
    }

    /**
     * Every case module visible to {@code loader}, sorted by id.
     *
     * @throws DuplicateCaseException when two modules claim one id
     */
    public static List<CaseModule> discover(ClassLoader loader) {
        List<CaseModule> found = new ArrayList<>();
        ServiceLoader.load(CaseModule.class, loader).forEach(found::add);
        found.sort(Comparator.comparing(CaseModule::id).thenComparing(m -> m.getClass().getName()));
        for (int i = 1; i < found.size(); i++) {
            if (found.get(i).id().equals(found.get(i - 1).id())) {
                throw new DuplicateCaseException(found.get(i).id(), found.get(i - 1).getClass().getName(),
                        found.get(i).getClass().getName());
            }
        }
        return List.copyOf(found);
    }

    public static List<CaseModule> discover() {
        return discover(Thread.currentThread().getContextClassLoader());
    }
}
