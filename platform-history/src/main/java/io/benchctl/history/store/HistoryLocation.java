package io.benchctl.history.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Where the history lives: a SQLite file, or a PostgreSQL database named by a JDBC URL. A URL
 * never carries a password (it would end up in shell history, process lists and CI logs): the
 * password comes from a pgpass file or {@code PGPASSWORD}.
 *
 * @param file the SQLite file, or null for PostgreSQL
 * @param postgresUrl the {@code jdbc:postgresql:} URL, or null for SQLite
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HistoryLocation(Path file, String postgresUrl) {

    private static final String POSTGRES_PREFIX = "jdbc:postgresql:";
    private static final String SQLITE_PREFIX = "jdbc:sqlite:";
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/?#@:]*):[^/?#@]*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");

    public HistoryLocation {
        if ((file == null) == (postgresUrl == null)) {
            throw new IllegalArgumentException("exactly one of file and postgresUrl");
        }
    }

    /** A SQLite file. */
    public static HistoryLocation of(Path file) {
        return new HistoryLocation(file, null);
    }

    /**
     * Reads a {@code --history} value: a {@code jdbc:postgresql://} URL, a {@code jdbc:sqlite:}
     * URL, or a file path.
     *
     * @throws HistoryException for a URL with a password or of another database
     */
    public static HistoryLocation parse(String pathOrUrl) {
        if (pathOrUrl == null || pathOrUrl.isBlank()) {
            throw new HistoryException("history location is empty: give a file path or a jdbc:postgresql:// URL");
        }
        String lower = pathOrUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith(POSTGRES_PREFIX)) {
            if (USER_INFO_PASSWORD.matcher(pathOrUrl).find()
                    || PASSWORD_PARAMETER.matcher(pathOrUrl).find()) {
                throw new HistoryException("history URL " + redact(pathOrUrl)
                        + " carries a password; put it in ~/.pgpass (or PGPASSFILE) or PGPASSWORD instead");
            }
            return new HistoryLocation(null, pathOrUrl);
        }
        if (lower.startsWith(SQLITE_PREFIX)) {
            return of(Path.of(pathOrUrl.substring(SQLITE_PREFIX.length())));
        }
        if (lower.startsWith("jdbc:") || lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new HistoryException("history location " + redact(pathOrUrl)
                    + " is not supported: give a file path (SQLite) or a jdbc:postgresql:// URL");
        }
        return of(Path.of(pathOrUrl));
    }

    public boolean isPostgres() {
        return postgresUrl != null;
    }

    /** The JDBC URL to connect with. */
    public String jdbcUrl() {
        return isPostgres() ? postgresUrl : SQLITE_PREFIX + file.toAbsolutePath();
    }

    /** What messages and logs show: the file, or the URL with any secret masked. */
    public String shown() {
        return isPostgres() ? redact(postgresUrl) : file.toString();
    }

    /** The URL with the password of {@code user:pass@} and of {@code password=} masked. */
    public static String redact(String url) {
        String masked = USER_INFO_PASSWORD.matcher(url).replaceAll("$1:***@");
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return shown();
    }
}
