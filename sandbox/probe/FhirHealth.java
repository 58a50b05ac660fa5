/*
 * Health probe for the sandbox FHIR server (compose service `sandbox-emr`).
 *
 * The hapiproject/hapi image is distroless: no shell, no curl, no wget, and a JRE without the
 * compiler, so `java FhirHealth.java` cannot run there. This class is compiled once with
 *
 *     javac --release 17 -d sandbox/probe sandbox/probe/FhirHealth.java
 *
 * and the resulting FhirHealth.class is mounted read-only into the container, where the image's own
 * JVM runs it:  java -cp /opt/sandbox-probe FhirHealth http://127.0.0.1:8080/fhir/metadata
 *
 * Exit 0 only when the URL answers 200 with a CapabilityStatement; 1 otherwise. Uses java.base only.
 */
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

public final class FhirHealth {
    private FhirHealth() {}

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8080/fhir/metadata";
        try {
            HttpURLConnection conn = (HttpURLConnection) URI.create(url).toURL().openConnection();
            conn.setRequestMethod("GET");
            conn.setRequestProperty("Accept", "application/fhir+json");
            conn.setConnectTimeout(5000);
            conn.setReadTimeout(20000);
            int status = conn.getResponseCode();
            if (status != 200) {
                System.err.println("unhealthy: HTTP " + status);
                System.exit(1);
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try (InputStream in = conn.getInputStream()) {
                byte[] buf = new byte[8192];
                int n;
                while ((n = in.read(buf)) != -1 && body.size() < 4 * 1024 * 1024) {
                    body.write(buf, 0, n);
                }
            }
            if (!body.toString(StandardCharsets.UTF_8).contains("\"CapabilityStatement\"")) {
                System.err.println("unhealthy: no CapabilityStatement in the answer");
                System.exit(1);
            }
            System.exit(0);
        } catch (Exception e) {
            System.err.println("unhealthy: " + e.getClass().getSimpleName());
            System.exit(1);
        }
    }
}
