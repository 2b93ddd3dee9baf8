package org.newskg.serve;

import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.mgt.ServerMgtConst;
import org.apache.jena.fuseki.server.ServerConst;
import org.apache.jena.fuseki.servlets.HttpAction;

/**
 * {@code GET /$/server}: version, uptime and datasets, which the UI's start page lists. Unlike
 * Fuseki's own status action it refuses POST.
 */
final class ServerListing extends ReadOnlyAction {
  @Override
  void describe(HttpAction action, JsonBuilder json) {
    json.startObject()
        .pair(ServerMgtConst.version, Fuseki.VERSION)
        .pair(ServerMgtConst.startDT, Fuseki.serverStartedAt())
        .pair(ServerMgtConst.uptime, Fuseki.serverUptimeSeconds());
    json.key(ServerConst.datasets);
    JsonDescription.arrayDatasets(json, action.getDataAccessPointRegistry());
    json.finishObject();
  }
}
