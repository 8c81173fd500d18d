package io.conduit.platform.observability;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.status.ErrorStatus;

/**
 * Writes log lines to standard output, the access log in batches and everything else at once, the
 * way nginx's {@code access_log ... buffer= flush=} does.
 *
 * <p>Why: writing each access line on its own cost a write system call per request, about 8 µs of
 * a 0.2 ms list page, and from a virtual thread a compensated block of its carrier
 * (docs/benchmarks/instrumentation-overhead.md). Lines of the batched logger collect in a buffer
 * that is written out when it is full, every {@code flushInterval}, and before any other line, so
 * the console keeps the order in which the lines were logged and a WARN or ERROR is never held
 * back. What a crash can lose is at most one interval of access lines.
 *
 * <p>Writes through {@link System#out} as it is at each write, as logback's console appender does,
 * so that anything that replaces it (a test's output capture) still sees the lines.
 */
public class BatchingConsoleAppender extends OutputStreamAppender<ILoggingEvent> {

    private final OutputStream console;
    private String batchedLogger = "conduit.access";
    private Duration flushInterval = Duration.ofSeconds(1);
    private int bufferSize = 32 * 1024;
    private ScheduledExecutorService flusher;

    public BatchingConsoleAppender() {
        this(new CurrentSystemOut());
    }

    /** Writes to the given stream instead of standard output. */
    BatchingConsoleAppender(OutputStream console) {
        this.console = console;
    }

    /** The logger whose lines are batched, by default the access log. */
    public void setBatchedLogger(String batchedLogger) {
        this.batchedLogger = batchedLogger;
    }

    /** How long a batched line may wait in the buffer, logback duration syntax ("1 second", "500 ms"). */
    public void setFlushInterval(ch.qos.logback.core.util.Duration flushInterval) {
        this.flushInterval = Duration.ofMillis(flushInterval.getMilliseconds());
    }

    public void setBufferSize(int bufferSize) {
        this.bufferSize = bufferSize;
    }

    @Override
    public void start() {
        setImmediateFlush(false);
        setOutputStream(new BufferedOutputStream(console, bufferSize));
        flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "log-flusher");
            thread.setDaemon(true);
            return thread;
        });
        long interval = flushInterval.toMillis();
        flusher.scheduleWithFixedDelay(this::flush, interval, interval, TimeUnit.MILLISECONDS);
        super.start();
    }

    @Override
    protected void subAppend(ILoggingEvent event) {
        super.subAppend(event);
        if (!batchedLogger.equals(event.getLoggerName())) {
            flush();
        }
    }

    @Override
    public void stop() {
        if (flusher != null) {
            flusher.shutdownNow();
        }
        flush();
        super.stop();
    }

    private void flush() {
        OutputStream out = getOutputStream();
        if (out == null) {
            return;
        }
        streamWriteLock.lock();
        try {
            out.flush();
        } catch (IOException e) {
            addStatus(new ErrorStatus("Could not flush the console", this, e));
        } finally {
            streamWriteLock.unlock();
        }
    }

    /** System.out as it is now; closing it only flushes, standard output stays open for others. */
    private static final class CurrentSystemOut extends OutputStream {

        @Override
        public void write(int b) {
            System.out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            System.out.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            System.out.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
