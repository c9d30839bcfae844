package loginlogout.scheduling.configuration;

import loginlogout.domain.failure.InvalidSettingException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import loginlogout.domain.failure.InvalidInputException;
import loginlogout.domain.report.RangePreset;
import loginlogout.domain.report.SessionFilter;
import loginlogout.domain.schedule.ConfiguredExports;
import loginlogout.domain.schedule.ExportSchedule;
import loginlogout.domain.schedule.Recurrence;
import loginlogout.domain.schedule.ScheduledExport;
import org.eclipse.microprofile.config.Config;

/**
 * The exports of settings {@code exports.<name>.recurrence}, {@code .days}, {@code .time-zone},
 * {@code .prefix}, {@code .range}, {@code .agent}, {@code .routing-profile} and {@code .hierarchy-group}.
 * They are read once, at start; a wrong or unknown setting stops the start with a message naming it.
 */
public final class ConfigurationExports implements ConfiguredExports {

    public static final String PREFIX = "exports.";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Set<String> SETTINGS = Set.of("recurrence", "days", "time-zone", "prefix", "range", "agent",
            "routing-profile", "hierarchy-group");
    // MicroProfile Config finds exports.ops_night.recurrence in EXPORTS_OPS_NIGHT_RECURRENCE, but lists only
    // the variable's own name: the export's name is read back from it.
    private static final Pattern VARIABLE = Pattern.compile("EXPORTS_([A-Z0-9_]+?)_(RECURRENCE|DAYS|TIME_ZONE|PREFIX"
            + "|RANGE|AGENT|ROUTING_PROFILE|HIERARCHY_GROUP)");

    /** A definition read from the settings, before it is known since when it exists. */
    private record Definition(String name, ExportSchedule schedule, RangePreset range, SessionFilter filter) {

        /** The same text for the same definition, however its settings were ordered. */
        String text() {
            return String.join(";", schedule.recurrence().name(), sorted(schedule.days().stream().map(Enum::name)),
                    schedule.timeZone().getId(), schedule.prefix(), range.name(), sorted(filter.agents().stream()),
                    sorted(filter.routingProfiles().stream()), sorted(filter.hierarchyGroups().stream()));
        }

        private static String sorted(java.util.stream.Stream<String> values) {
            return values.sorted().collect(Collectors.joining(","));
        }
    }

    private final List<ScheduledExport> exports;

    /**
     * @param environment the environment variables, where {@code EXPORTS_<NAME>_<SETTING>} defines exports too
     * @param since       since when the export of a name has had a definition (given as text)
     */
    public ConfigurationExports(Config config, Map<String, String> environment,
                                BiFunction<String, String, Instant> since) {
        this.exports = definitions(config, environment).stream().map(d -> ScheduledExport.configured(d.name(),
                d.schedule(), d.range(), d.filter(), since.apply(d.name(), d.text()))).toList();
    }

    /** The names of the exports in these settings, checking that each setting is one an export has. */
    static Set<String> names(Config config, Map<String, String> environment) {
        Set<String> names = new TreeSet<>();
        for (String variable : environment.keySet()) {
            if (!variable.startsWith("EXPORTS_")) {
                continue;
            }
            Matcher matcher = VARIABLE.matcher(variable);
            if (!matcher.matches()) {
                throw new InvalidSettingException(variable + " is not an export setting; as an environment variable an"
                        + " export's setting is EXPORTS_<NAME>_ and one of RECURRENCE, DAYS, TIME_ZONE, PREFIX, RANGE,"
                        + " AGENT, ROUTING_PROFILE, HIERARCHY_GROUP.");
            }
            names.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        for (String property : config.getPropertyNames()) {
            if (!property.startsWith(PREFIX)) {
                continue;
            }
            String rest = property.substring(PREFIX.length());
            int dot = rest.indexOf('.');
            String name = dot < 0 ? rest : rest.substring(0, dot);
            String setting = dot < 0 ? "" : rest.substring(dot + 1);
            if (!NAME.matcher(name).matches()) {
                throw new InvalidSettingException(property + ": an export's name is 1 to 100 letters, digits, '-' and"
                        + " '_', as in exports.daily-ops.recurrence.");
            }
            if (!SETTINGS.contains(setting)) {
                throw new InvalidSettingException(property + " is not an export setting; an export has "
                        + new TreeSet<>(SETTINGS) + ".");
            }
            names.add(name);
        }
        return names;
    }

    @Override
    public List<ScheduledExport> all() {
        return exports;
    }

    private static List<Definition> definitions(Config config, Map<String, String> environment) {
        List<Definition> definitions = new ArrayList<>();
        for (String name : names(config, environment)) {
            definitions.add(definition(config, name));
        }
        return definitions;
    }

    private static Definition definition(Config config, String name) {
        String base = PREFIX + name + ".";
        Recurrence recurrence = config.getOptionalValue(base + "recurrence", String.class)
                .map(v -> parse(base + "recurrence", v, Recurrence::valueOf, Arrays.toString(Recurrence.values())))
                .orElseThrow(() -> new InvalidSettingException(base + "recurrence is missing: DAILY or WEEKLY."));
        Set<DayOfWeek> days = list(config, base + "days").stream()
                .map(v -> parse(base + "days", v, DayOfWeek::valueOf, "weekdays such as MONDAY,FRIDAY"))
                .collect(Collectors.toSet());
        ZoneId zone = config.getOptionalValue(base + "time-zone", String.class).map(v -> zone(base + "time-zone", v))
                .orElse(ZoneId.of("UTC"));
        String prefix = config.getOptionalValue(base + "prefix", String.class).orElse("");
        RangePreset range = config.getOptionalValue(base + "range", String.class)
                .map(v -> parse(base + "range", v, RangePreset::valueOf, "YESTERDAY, LAST_24_HOURS, LAST_2_DAYS or"
                        + " LAST_3_DAYS")).orElse(RangePreset.YESTERDAY);
        SessionFilter filter = new SessionFilter(Set.copyOf(list(config, base + "agent")),
                Set.copyOf(list(config, base + "routing-profile")), Set.copyOf(list(config, base + "hierarchy-group")));
        try {
            ExportSchedule schedule = new ExportSchedule(recurrence, days, zone, prefix);
            ScheduledExport.configured(name, schedule, range, filter, Instant.EPOCH);
            return new Definition(name, schedule, range, filter);
        } catch (InvalidInputException e) {
            throw new InvalidSettingException(base + setting(e.field()) + ": " + e.getMessage());
        }
    }

    private static String setting(String field) {
        return field.equals("timeZone") ? "time-zone" : field;
    }

    private static List<String> list(Config config, String property) {
        return config.getOptionalValues(property, String.class).orElse(List.of()).stream().map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    private static <T> T parse(String property, String value, Function<String, T> parser, String expected) {
        try {
            return parser.apply(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(property + "=" + value + " is not valid; use " + expected + ".");
        }
    }

    private static ZoneId zone(String property, String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidSettingException(property + "=" + value + " is not a time zone; use an IANA id such as"
                    + " UTC or Europe/Berlin.");
        }
    }
}
