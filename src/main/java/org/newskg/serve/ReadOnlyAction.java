package org.newskg.serve;

import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.ctl.ActionCtl;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * An admin endpoint that only answers GET (and HEAD) with JSON. The Fuseki UI needs a few of
 * these to list datasets; anything else is refused with 405 before any work is done.
 */
abstract class ReadOnlyAction extends ActionCtl {
  @Override
  public void validate(HttpAction action) {
    String method = action.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      ServletOps.errorMethodNotAllowed(method + " (this server is read-only)");
    }
  }

  @Override
  public void execute(HttpAction action) {
    JsonBuilder json = new JsonBuilder();
    describe(action, json);
    JsonValue v = json.build();
    ServletOps.sendJsonReponse(action, v);
  }

  /** Writes one JSON value (usually an object) describing what the endpoint lists. */
  abstract void describe(HttpAction action, JsonBuilder json);
}
