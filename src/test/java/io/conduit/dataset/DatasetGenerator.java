package io.conduit.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Fills a Conduit database with a realistic, deterministic dataset for load tests. Scale 1 is 10,000
 * users, 50,000 articles, 500 tags (1 to 5 per article), 200,000 follows, 500,000 favorites and
 * 150,000 comments; every count grows linearly with the scale except the tags.
 *
 * <p>Popularity is skewed the way it is on real sites: authors, followed users, favorited and
 * commented articles and tags are drawn from Zipf distributions, so a few get most of the attention.
 * The same scale and seed always give the same rows. Every user can sign in as
 * {@code user<N>@conduit.test} with the password {@link #PASSWORD} (N from 1 to the number of users).
 *
 * <p>It migrates the schema (Flyway, the application's own migrations), empties the tables and
 * writes them with PostgreSQL's COPY, then runs ANALYZE so that the planner sees the new sizes.
 *
 * <p>Usage: {@code DatasetGenerator [--url jdbc:postgresql://...] [--user postgres] [--password ...]
 * [--scale 1] [--seed 42] [--bcrypt-strength 10]}
 */
public final class DatasetGenerator {

    public static final String PASSWORD = "conduit-load-test";
    public static final String EMAIL_DOMAIN = "conduit.test";

    private static final int USERS_PER_SCALE = 10_000;
    private static final int ARTICLES_PER_SCALE = 50_000;
    private static final int FOLLOWS_PER_SCALE = 200_000;
    private static final int FAVORITES_PER_SCALE = 500_000;
    private static final int COMMENTS_PER_SCALE = 150_000;
    private static final int TAGS = 500;
    /** Zipf exponents: how strongly attention concentrates on the most popular items. */
    private static final double AUTHOR_SKEW = 0.8;
    private static final double FOLLOW_SKEW = 1.0;
    private static final double FAVORITE_SKEW = 0.9;
    /** Gentler: the spec lists all comments of an article at once, so a thread of 10,000 would be one response. */
    private static final double COMMENT_SKEW = 0.5;
    private static final double TAG_SKEW = 1.1;
    /** The dataset spans two years of activity, ending at a fixed instant so that it is reproducible. */
    private static final Instant END = Instant.parse("2026-11-30T00:00:00Z");
    private static final Instant START = END.minus(730, ChronoUnit.DAYS);

    private static final String[] WORDS = ("""
            java spring postgres redis cache index query latency throughput scale cloud service
            design pattern module event stream queue kafka docker kubernetes deploy release test
            refactor legacy code review pair team startup product growth user metric dashboard alert
            incident outage backup restore security token password privacy api rest graphql json
            frontend backend react vue angular css html browser mobile android ios swift kotlin rust
            go python ruby rails django node deno bun compiler garbage memory thread virtual async
            reactive blocking lock transaction isolation replica shard partition vacuum planner
            benchmark profile flame graph cpu disk network socket protocol http tls dns cdn edge
            serverless lambda function monolith microservice boundary domain aggregate entity value
            writing career interview hiring remote office burnout focus habit book conference talk
            """).trim().split("\\s+");

    private final double scale;
    private final long seed;
    private final int users;
    private final int articles;
    private final int follows;
    private final int favorites;
    private final int comments;
    private final String passwordHash;
    private final Map<String, Long> written = new LinkedHashMap<>();

    DatasetGenerator(double scale, long seed, int bcryptStrength) {
        this.scale = scale;
        this.seed = seed;
        this.users = Math.max(10, (int) Math.round(USERS_PER_SCALE * scale));
        this.articles = Math.max(20, (int) Math.round(ARTICLES_PER_SCALE * scale));
        this.follows = (int) Math.min((long) users * (users - 1) / 4, Math.round(FOLLOWS_PER_SCALE * scale));
        this.favorites = (int) Math.min((long) users * articles / 4, Math.round(FAVORITES_PER_SCALE * scale));
        this.comments = (int) Math.round(COMMENTS_PER_SCALE * scale);
        // One hash for every user: hashing 100,000 passwords one by one would take longer than the rest.
        this.passwordHash = "{bcrypt}" + BCrypt.hashpw(PASSWORD, BCrypt.gensalt(bcryptStrength));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of(
                "url", "jdbc:postgresql://127.0.0.1:5432/conduit",
                "user", "postgres",
                "password", "",
                "scale", "1",
                "seed", "42",
                "bcrypt-strength", "10"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--") || !options.containsKey(args[i].substring(2))) {
                System.err.println("Unknown option " + args[i] + "; known: " + options.keySet());
                System.exit(2);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        DatasetGenerator generator = new DatasetGenerator(Double.parseDouble(options.get("scale")),
                Long.parseLong(options.get("seed")), Integer.parseInt(options.get("bcrypt-strength")));
        generator.migrateAndFill(options.get("url"), options.get("user"), options.get("password"));
    }

    /** Brings the schema up to date, then replaces every row with the generated dataset. */
    public void migrateAndFill(String url, String user, String password) throws SQLException {
        Flyway.configure().dataSource(url, user, password).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            fill(connection);
        }
    }

    /** Replaces every row of the (already migrated) schema behind this connection. */
    public void fill(Connection connection) throws SQLException {
        long started = System.nanoTime();
        log("Generating scale %s (seed %d): %,d users, %,d articles, %d tags, %,d follows, %,d favorites, %,d comments",
                scale, seed, users, articles, TAGS, follows, favorites, comments);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE users, follows, articles, tags, article_tags, favorites, comments, "
                    + "author_article_counts RESTART IDENTITY CASCADE");
            Popularity popularity = new Popularity(users, articles, seed);
            int[][] favoritesByUser = favoritesByUser(popularity);
            int[] favoriteCounts = new int[articles + 1];
            for (int[] userFavorites : favoritesByUser) {
                for (int article : userFavorites) {
                    favoriteCounts[article]++;
                }
            }
            copyUsers(connection);
            copyTags(connection);
            long[] createdAt = copyArticles(connection, popularity, favoriteCounts);
            copyArticleTags(connection, createdAt);
            copyFollows(connection, popularity);
            copyFavorites(connection, favoritesByUser);
            copyComments(connection, popularity);
            long countsStarted = System.nanoTime();
            statement.execute("INSERT INTO author_article_counts (author_id, articles) "
                    + "SELECT author_id, count(*) FROM articles GROUP BY author_id");
            log("%-13s %,11d rows in %5.1f s", "author_article_counts", statement.getUpdateCount(), seconds(countsStarted));
            for (String table : new String[] {"users", "articles", "tags", "comments"}) {
                statement.execute("SELECT setval(pg_get_serial_sequence('%s', 'id'), (SELECT max(id) FROM %s))"
                        .formatted(table, table));
            }
            connection.commit();
            long analyzeStarted = System.nanoTime();
            connection.setAutoCommit(true);
            // VACUUM too: COPY leaves the visibility map empty, and without it no count is index-only.
            statement.execute("VACUUM (ANALYZE)");
            log("VACUUM (ANALYZE) in %.1f s", seconds(analyzeStarted));
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        long rows = written.values().stream().mapToLong(Long::longValue).sum();
        log("Done in %.1f s: %,d rows (%s). Sign in as user1@%s ... user%d@%s with password %s",
                seconds(started), rows, written, EMAIL_DOMAIN, users, EMAIL_DOMAIN, PASSWORD);
    }

    public int users() {
        return users;
    }

    public int articles() {
        return articles;
    }

    private void copyUsers(Connection connection) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x75736572L);
        copy(connection, "users", "id, username, email, password_hash, bio, image, created_at, updated_at", users, row -> {
            int id = row + 1;
            Instant created = START.plusSeconds((long) (random.nextDouble() * 86_400 * 365));
            row(row, id, "user" + id, "user" + id + "@" + EMAIL_DOMAIN, passwordHash,
                    random.nextInt(3) == 0 ? null : "I write about " + word(random) + " and " + word(random) + ".",
                    random.nextInt(2) == 0 ? null : "https://api.realworld.io/images/smiley-cyrus.jpeg",
                    created, created);
        });
    }

    private void copyTags(Connection connection) throws SQLException {
        copy(connection, "tags", "id, name", TAGS, row -> row(row, row + 1, tagName(row)));
    }

    /** Tag names: the single words first (the popular ones), then word pairs. */
    static String tagName(int index) {
        if (index < WORDS.length) {
            return WORDS[index];
        }
        int pair = index - WORDS.length;
        return WORDS[pair % WORDS.length] + "-" + WORDS[(pair / WORDS.length + 1 + pair) % WORDS.length];
    }

    /** Articles in creation order (id order is time order), authors skewed towards popular writers. */
    /** Returns each article's creation time (epoch seconds, by id), which article_tags repeats. */
    private long[] copyArticles(Connection connection, Popularity popularity, int[] favoriteCounts) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x61727469L);
        Zipf authors = new Zipf(users, AUTHOR_SKEW);
        long[] createdAt = new long[articles + 1];
        long span = END.getEpochSecond() - START.getEpochSecond();
        copy(connection, "articles",
                "id, author_id, slug, title, description, body, favorites_count, created_at, updated_at", articles, row -> {
                    int id = row + 1;
                    int author = popularity.user(authors.sample(random));
                    String title = capitalize(word(random)) + " " + word(random) + " and " + word(random) + " " + id;
                    Instant created = START.plusSeconds(span * id / (articles + 1) + random.nextInt(60));
                    createdAt[id] = created.getEpochSecond();
                    Instant updated = random.nextInt(5) == 0 ? created.plusSeconds(random.nextInt(86_400)) : created;
                    row(row, id, author, slug(title), title, sentence(random, 12), body(random), favoriteCounts[id],
                            created, updated);
                });
        return createdAt;
    }

    private void copyArticleTags(Connection connection, long[] createdAt) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x74616773L);
        Zipf tags = new Zipf(TAGS, TAG_SKEW);
        long[] pairs = new long[articles * 5];
        int count = 0;
        for (int article = 1; article <= articles; article++) {
            int wanted = 1 + random.nextInt(5);
            int[] chosen = new int[wanted];
            int have = 0;
            while (have < wanted) {
                int tag = tags.sample(random) + 1;
                boolean seen = false;
                for (int i = 0; i < have; i++) {
                    seen |= chosen[i] == tag;
                }
                if (!seen) {
                    chosen[have++] = tag;
                    pairs[count++] = ((long) article << 32) | tag;
                }
            }
        }
        long[] rows = Arrays.copyOf(pairs, count);
        copy(connection, "article_tags", "article_id, tag_id, article_created_at", rows.length, row -> {
            int article = (int) (rows[row] >>> 32);
            row(row, article, rows[row] & 0xffffffffL, Instant.ofEpochSecond(createdAt[article]));
        });
    }

    /** Each user follows a skewed number of others, mostly the popular ones; nobody follows themself. */
    private void copyFollows(Connection connection, Popularity popularity) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x666f6c6cL);
        Zipf followees = new Zipf(users, FOLLOW_SKEW);
        int[][] byUser = distinctPicks(random, users, follows, users - 1,
                (follower, r) -> {
                    int followee = popularity.user(followees.sample(r));
                    return followee == follower ? -1 : followee;
                });
        Instant created = START.plus(365, ChronoUnit.DAYS);
        copyPairs(connection, "follows", "follower_id, followee_id, created_at", byUser, created);
    }

    private int[][] favoritesByUser(Popularity popularity) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x66617673L);
        Zipf popular = new Zipf(articles, FAVORITE_SKEW);
        return distinctPicks(random, users, favorites, articles, (user, r) -> popularity.article(popular.sample(r)));
    }

    private void copyFavorites(Connection connection, int[][] favoritesByUser) throws SQLException {
        copyPairs(connection, "favorites", "user_id, article_id, created_at", favoritesByUser, END.minus(1, ChronoUnit.DAYS));
    }

    private void copyComments(Connection connection, Popularity popularity) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x636f6d6dL);
        Zipf commented = new Zipf(articles, COMMENT_SKEW);
        long span = END.getEpochSecond() - START.getEpochSecond();
        copy(connection, "comments", "id, article_id, author_id, body, created_at, updated_at", comments, row -> {
            int article = popularity.article(commented.sample(random));
            int author = 1 + random.nextInt(users);
            // After the article was written, before the end of the dataset.
            long articleCreated = START.getEpochSecond() + span * article / (articles + 1);
            Instant created = Instant.ofEpochSecond(articleCreated
                    + (long) (random.nextDouble() * (END.getEpochSecond() - articleCreated)));
            row(row, row + 1, article, author, sentence(random, 8 + random.nextInt(30)), created, created);
        });
    }

    /**
     * Spreads {@code total} picks over {@code owners} owners (1-based ids), each owner getting a
     * skewed number of distinct picks (at most {@code maxPerOwner}); {@code pick} returns a 1-based id
     * or -1 to refuse one.
     */
    private static int[][] distinctPicks(SplittableRandom random, int owners, int total, int maxPerOwner, Pick pick) {
        // Activity is skewed too: a few users favorite and follow a lot, most a little.
        double[] weights = new double[owners];
        double sum = 0;
        for (int i = 0; i < owners; i++) {
            weights[i] = 0.2 + random.nextDouble() * random.nextDouble() * 4;
            sum += weights[i];
        }
        int[][] picks = new int[owners][];
        int remaining = total;
        for (int owner = 1; owner <= owners; owner++) {
            int wanted = owner == owners ? remaining
                    : (int) Math.min(remaining, Math.round(total * weights[owner - 1] / sum));
            wanted = Math.min(wanted, maxPerOwner);
            remaining -= wanted;
            int[] chosen = new int[wanted];
            HashSet<Integer> seen = new HashSet<>(wanted * 2);
            int have = 0;
            int attempts = 0;
            while (have < wanted && attempts < wanted * 50) {
                attempts++;
                int id = pick.next(owner, random);
                if (id > 0 && seen.add(id)) {
                    chosen[have++] = id;
                }
            }
            picks[owner - 1] = have == wanted ? chosen : Arrays.copyOf(chosen, have);
        }
        return picks;
    }

    private void copyPairs(Connection connection, String table, String columns, int[][] byOwner, Instant created)
            throws SQLException {
        long count = Arrays.stream(byOwner).mapToLong(a -> a.length).sum();
        int[] owner = {0};
        int[] index = {0};
        copy(connection, table, columns, count, row -> {
            while (index[0] >= byOwner[owner[0]].length) {
                owner[0]++;
                index[0] = 0;
            }
            row(row, owner[0] + 1, byOwner[owner[0]][index[0]++], created);
        });
    }

    // ---- COPY plumbing -------------------------------------------------------------------------

    @FunctionalInterface
    private interface Pick {
        int next(int owner, SplittableRandom random);
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(int row) throws IOException;
    }

    private Writer out;

    private void copy(Connection connection, String table, String columns, long rows, RowWriter rowWriter)
            throws SQLException {
        long started = System.nanoTime();
        String sql = "COPY " + table + " (" + columns + ") FROM STDIN";
        try (PGCopyOutputStream stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 16);
             Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            out = writer;
            long step = Math.max(1, rows / 4);
            for (long row = 0; row < rows; row++) {
                rowWriter.write((int) row);
                if ((row + 1) % step == 0 && rows >= 200_000) {
                    log("  %s: %,d of %,d rows", table, row + 1, rows);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            out = null;
        }
        written.put(table, rows);
        log("%-13s %,11d rows in %5.1f s", table, rows, seconds(started));
    }

    /** One line of COPY's text format: tab-separated, \N for NULL, backslash escapes. */
    private void row(int row, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.write("\\N");
            } else if (value instanceof String text) {
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    switch (ch) {
                        case '\\' -> out.write("\\\\");
                        case '\n' -> out.write("\\n");
                        case '\t' -> out.write("\\t");
                        case '\r' -> out.write("\\r");
                        default -> out.write(ch);
                    }
                }
            } else {
                out.write(value.toString());
            }
        }
        out.write('\n');
    }

    // ---- Text ----------------------------------------------------------------------------------

    private static String word(SplittableRandom random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String sentence(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder(capitalize(word(random)));
        for (int i = 1; i < words; i++) {
            text.append(' ').append(word(random));
        }
        return text.append('.').toString();
    }

    private static String body(SplittableRandom random) {
        StringBuilder body = new StringBuilder();
        int paragraphs = 2 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                body.append("\n\n");
            }
            int sentences = 3 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                body.append(s > 0 ? " " : "").append(sentence(random, 8 + random.nextInt(12)));
            }
        }
        return body.toString();
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The same policy as the application's: lower-case ASCII words joined by hyphens. */
    static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.printf(format + "%n", args);
    }

    // ---- Skew ----------------------------------------------------------------------------------

    /** Zipf over ranks 0..n-1 by inverse transform on a precomputed cumulative distribution. */
    static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double exponent) {
            cumulative = new double[n];
            double sum = 0;
            for (int rank = 0; rank < n; rank++) {
                sum += 1.0 / Math.pow(rank + 1, exponent);
                cumulative[rank] = sum;
            }
            for (int rank = 0; rank < n; rank++) {
                cumulative[rank] /= sum;
            }
        }

        int sample(SplittableRandom random) {
            int rank = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(rank >= 0 ? rank : -rank - 1, cumulative.length - 1);
        }
    }

    /**
     * Which user and which article hold each popularity rank: random permutations, so that the
     * popular ones are spread over ids and time instead of being the oldest rows.
     */
    static final class Popularity {
        private final int[] userByRank;
        private final int[] articleByRank;

        Popularity(int users, int articles, long seed) {
            SplittableRandom random = new SplittableRandom(seed ^ 0x706f7075L);
            userByRank = permutation(users, random);
            articleByRank = permutation(articles, random);
        }

        int user(int rank) {
            return userByRank[rank];
        }

        int article(int rank) {
            return articleByRank[rank];
        }

        private static int[] permutation(int n, SplittableRandom random) {
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = i + 1;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = ids[i];
                ids[i] = ids[j];
                ids[j] = swap;
            }
            return ids;
        }
    }
}
