package io.conduit.loadtest;

/**
 * Parameters of every simulation, as system properties ({@code -Dname=value} on the Maven command
 * line). The defaults describe the nominal run: 1,000 requests/s for 5 minutes against Conduit on
 * this machine, with a scale-1 dataset from io.conduit.dataset.DatasetGenerator.
 */
final class Settings {

    /** Where Conduit answers. */
    static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    /** Users in the dataset, who sign in as user1@conduit.test ... userN@conduit.test. */
    static final int DATASET_USERS = Integer.getInteger("datasetUsers", 10_000);
    static final String EMAIL_DOMAIN = System.getProperty("emailDomain", "conduit.test");
    static final String PASSWORD = System.getProperty("password", "conduit-load-test");
    /** Target arrival rate of the mixed workload, in requests per second. */
    static final double RATE = Double.parseDouble(System.getProperty("rate", "1000"));
    /** Seconds at the target rate, after the ramp. */
    static final int DURATION = Integer.getInteger("duration", 300);
    /** Seconds to ramp from a tenth of the rate to the rate. */
    static final int RAMP = Integer.getInteger("ramp", 30);
    /** How many users are signed in (tokens taken once, before the run, as a browser keeps its token). */
    static final int SIGNED_IN_USERS = Integer.getInteger("signedInUsers", 200);
    /** The latency objective: p99 of every request below this. */
    static final int P99_MILLIS = Integer.getInteger("p99Millis", 100);
    /** Per-endpoint runs: concurrent connections and seconds per endpoint. */
    static final int CONCURRENCY = Integer.getInteger("concurrency", 16);
    static final String ENDPOINT = System.getProperty("endpoint", "list");

    private Settings() {
    }
}
