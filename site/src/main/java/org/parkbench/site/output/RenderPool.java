package org.parkbench.site.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.function.Consumer;

/**
 * The threads a build renders pages and figures on: a fork-join pool with one worker per core
 * (or {@code -Dparkbench.threads=N}). Jobs are submitted as they are found and may fork jobs of
 * their own ({@link #forEach}), which idle workers steal, so a case with a thousand parks keeps
 * every core busy as well as a course of a thousand small cases does. {@link #await} waits for
 * everything and rethrows the first failure.
 */
public final class RenderPool implements AutoCloseable {
    static final String THREADS_PROPERTY = "parkbench.threads";

    private final ForkJoinPool pool;
    private final List<ForkJoinTask<?>> submitted = new ArrayList<>();

    public RenderPool(int threads) {
        this.pool = new ForkJoinPool(Math.max(1, threads), p -> {
            var worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            worker.setName("parkbench-render-" + worker.getPoolIndex());
            return worker;
        }, null, false);
    }

    /** One worker per available processor, unless {@value #THREADS_PROPERTY} says otherwise. */
    public static RenderPool forThisMachine() {
        int threads = Runtime.getRuntime().availableProcessors();
        String property = System.getProperty(THREADS_PROPERTY);
        if (property != null && !property.isBlank()) {
            try {
                threads = Integer.parseInt(property.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(THREADS_PROPERTY + " must be a number of threads, not '" + property + "'", e);
            }
        }
        return new RenderPool(threads);
    }

    /** Runs {@code job} on the pool; {@link #await} waits for it. */
    public void submit(Runnable job) {
        ForkJoinTask<?> task = pool.submit(job);
        synchronized (submitted) {
            submitted.add(task);
        }
    }

    /** Runs {@code action} on every item, in parallel, and returns when all are done (from a job or from outside). */
    public <T> void forEach(Collection<T> items, Consumer<? super T> action) {
        if (items.isEmpty()) {
            return;
        }
        List<RecursiveAction> tasks = new ArrayList<>(items.size());
        for (T item : items) {
            tasks.add(new RecursiveAction() {
                @Override
                protected void compute() {
                    action.accept(item);
                }
            });
        }
        if (ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == pool) {
            ForkJoinTask.invokeAll(tasks);
        } else {
            pool.invoke(new RecursiveAction() {
                @Override
                protected void compute() {
                    invokeAll(tasks);
                }
            });
        }
    }

    /** Waits for every submitted job, including jobs submitted meanwhile; rethrows the first failure. */
    public void await() {
        int done = 0;
        while (true) {
            ForkJoinTask<?> next;
            synchronized (submitted) {
                if (done == submitted.size()) {
                    return;
                }
                next = submitted.get(done);
            }
            next.join();
            done++;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
