package org.newskg.serve;

import java.net.URL;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;

/**
 * Adds the Fuseki web UI (the static files of jena-fuseki-ui) and the read-only endpoints it
 * calls.
 *
 * <p>In Jena 5.6.0 the UI module (FMod_UI) only works after the admin module (FMod_Admin) has put
 * a server-control object in place, and the admin module also mounts dataset creation, deletion,
 * backup and compaction and writes a "run/" work area into the working directory. A viewer wants
 * none of that, so this class does what FMod_UI does, against our own GET-only listings.
 */
final class FusekiUi {
  /** The folder inside the jena-fuseki-ui jar (or our shaded jar) that holds index.html. */
  static final String RESOURCE = "webapp";

  private FusekiUi() {}

  static void addTo(FusekiServer.Builder builder) {
    URL webapp = FusekiUi.class.getClassLoader().getResource(RESOURCE + "/index.html");
    if (webapp == null) {
      throw new IllegalStateException("the Fuseki UI files (jena-fuseki-ui) are not on the classpath");
    }
    String base = webapp.toExternalForm();
    builder
        .staticFileBase(base.substring(0, base.length() - "index.html".length()))
        .addServlet("/$/server", new ServerListing())
        .addServlet("/$/datasets/*", new DatasetListing())
        // The query editor checks syntax through these; they parse their input and store nothing.
        .addServlet("/$/validate/query", new QueryValidator())
        .addServlet("/$/validate/iri", new IRIValidator())
        .addServlet("/$/validate/langtag", new LangTagValidator())
        .addServlet("/$/validate/data", new DataValidator())
        .enablePing(true)
        .enableStats(true);
  }
}
