/** The scheduled CSV exports to S3 or a local folder (issue 4); only its descriptor for now. */
module loginlogout.scheduling {
    requires loginlogout.domain;
}
