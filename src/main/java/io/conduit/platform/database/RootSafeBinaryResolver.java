package io.conduit.platform.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * Serves the PostgreSQL binaries of io.zonky's artifact, made startable by root.
 *
 * <p>PostgreSQL refuses to run as root, and containers and CI machines often run everything as
 * root. When this process is root, the archive is rewritten once (and cached next to zonky's own
 * extraction folder) so that {@code initdb}, {@code pg_ctl} and {@code postgres} start through
 * {@code unshare --user}: inside a fresh user namespace the effective uid is the unprivileged
 * overflow uid, which PostgreSQL accepts, while the kernel still checks file access as the calling
 * user, so a data folder anywhere root can write keeps working. Any other user gets the archive
 * unchanged.
 */
final class RootSafeBinaryResolver implements PgBinaryResolver {

    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl", "bin/postgres");
    private static final String WRAPPER = """
            #!/bin/sh
            # Added by Conduit: PostgreSQL will not run as root, an unmapped user namespace is not root.
            if [ "$(id -u)" = 0 ]; then exec unshare --user -- "$0.real" "$@"; fi
            exec "$0.real" "$@"
            """;

    private final PgBinaryResolver original = DefaultPostgresBinaryResolver.INSTANCE;

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        if (!runningAsRoot()) {
            return original.getPgBinary(system, machineHardware);
        }
        String digest;
        try (InputStream in = original.getPgBinary(system, machineHardware)) {
            digest = md5(in);
        }
        Path cached = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg",
                "conduit-root-safe-" + digest + ".txz");
        if (!Files.exists(cached)) {
            Files.createDirectories(cached.getParent());
            Path partial = Files.createTempFile(cached.getParent(), "conduit-root-safe", ".part");
            try (InputStream in = original.getPgBinary(system, machineHardware);
                 OutputStream out = Files.newOutputStream(partial)) {
                rewrite(in, out);
            }
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return Files.newInputStream(cached);
    }

    private static void rewrite(InputStream txz, OutputStream target) throws IOException {
        try (TarArchiveInputStream tarIn = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(txz)));
             TarArchiveOutputStream tarOut = new TarArchiveOutputStream(new XZOutputStream(target, new LZMA2Options(1)))) {
            tarOut.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry entry;
            while ((entry = tarIn.getNextEntry()) != null) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (WRAPPED.contains(name)) {
                    entry.setName(name + ".real");
                    copy(tarIn, tarOut, entry);
                    byte[] script = WRAPPER.getBytes(StandardCharsets.UTF_8);
                    TarArchiveEntry wrapper = new TarArchiveEntry(name);
                    wrapper.setMode(0755);
                    wrapper.setSize(script.length);
                    wrapper.setModTime(entry.getModTime());
                    tarOut.putArchiveEntry(wrapper);
                    tarOut.write(script);
                    tarOut.closeArchiveEntry();
                } else {
                    copy(tarIn, tarOut, entry);
                }
            }
            tarOut.finish();
        }
    }

    private static void copy(TarArchiveInputStream in, TarArchiveOutputStream out, TarArchiveEntry entry)
            throws IOException {
        out.putArchiveEntry(entry);
        if (entry.isFile()) {
            in.transferTo(out);
        }
        out.closeArchiveEntry();
    }

    private static String md5(InputStream in) throws IOException {
        try {
            DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("MD5"));
            digesting.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
