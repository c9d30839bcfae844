package loginlogout.scheduling;

import loginlogout.domain.failure.InvalidSettingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code export.*} settings, each checked when read: a wrong one stops the start with a message that
 * names it and says what it takes, instead of a converter's exception.
 */
final class ExportSettings {

    private final Config config;

    ExportSettings(Config config) {
        this.config = config;
    }

    /** An ISO-8601 duration such as {@code PT1M}, at least {@code min}. */
    Duration duration(String key, Duration min) {
        String value = required(key);
        Duration duration;
        try {
            duration = Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidSettingException(key + "=" + value + " is not a duration; write one as PT1M, PT30S or P1D.");
        }
        if (duration.compareTo(min) < 0) {
            throw new InvalidSettingException(key + "=" + value + " is too short; it is at least " + min + ".");
        }
        return duration;
    }

    int number(String key, int min) {
        String value = required(key);
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min) {
                return number;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new InvalidSettingException(key + "=" + value + " is not valid; it is a whole number of at least " + min
                + ".");
    }

    boolean flag(String key) {
        String value = text(key).orElse("false");
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new InvalidSettingException(key + "=" + value + " is not valid; it is true or false.");
        }
        return Boolean.parseBoolean(value);
    }

    /** An absolute http or https address, such as {@code http://127.0.0.1:9000}. */
    Optional<URI> address(String key) {
        return text(key).map(value -> {
            try {
                URI uri = new URI(value.strip());
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // told below
            }
            throw new InvalidSettingException(key + "=" + value + " is not an http or https address such as"
                    + " https://s3.example.com or http://127.0.0.1:9000.");
        });
    }

    /** The value, if set and not blank: in MicroProfile Config an empty value is no value. */
    Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    String required(String key) {
        return text(key).orElseThrow(() -> new InvalidSettingException(key + " is not set."));
    }
}
