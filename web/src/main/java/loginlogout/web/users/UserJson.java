package loginlogout.web.users;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import loginlogout.domain.access.Permission;
import loginlogout.domain.access.SecurityProfile;
import loginlogout.domain.access.UserAccount;

/** Users and profiles as JSON; a password or its hash never leaves the service. */
final class UserJson {

    private UserJson() {
    }

    static JsonObject user(UserAccount account) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("username", account.username());
        nullable(json, "firstName", account.attributes().firstName());
        nullable(json, "lastName", account.attributes().lastName());
        nullable(json, "routingProfile", account.attributes().routingProfile());
        return json.add("hierarchy", strings(account.attributes().hierarchy()))
                .add("profiles", strings(account.profiles().stream().sorted().toList()))
                .add("hasPassword", account.password() != null)
                .add("disabled", account.disabled())
                .build();
    }

    static JsonObject profile(SecurityProfile profile) {
        return Json.createObjectBuilder().add("name", profile.name())
                .add("permissions", strings(profile.permissions().stream().map(Permission::apiName).sorted().toList()))
                .add("builtIn", profile.builtIn()).build();
    }

    static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
