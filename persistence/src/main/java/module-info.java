/**
 * The domain's stores on JPA (EclipseLink), the schema as Flyway migrations, and the JTA transaction.
 */
module loginlogout.persistence {
    requires loginlogout.domain;
    requires jakarta.persistence;
    requires jakarta.transaction;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.annotation;
    requires java.sql;
    // EclipseLink's sequencing hands out the ids of the rows that BatchWriter inserts.
    requires org.eclipse.persistence.core;
    // Flyway's jar names no module: its automatic name comes from the file name.
    requires flyway.core;
    requires static microprofile.health.api;
    requires microprofile.config.api;

    // EclipseLink reads and writes the entities reflectively.
    opens loginlogout.persistence.jpa;
    exports loginlogout.persistence;
}
