package org.newskg.serve;

import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.ServerConst;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * {@code GET /$/datasets} and {@code GET /$/datasets/NAME}: the dataset descriptions the UI
 * reads. Stands in for Fuseki's ActionDatasets, which also creates and deletes datasets.
 */
final class DatasetListing extends ReadOnlyAction {
  @Override
  void describe(HttpAction action, JsonBuilder json) {
    String item = getItemName(action);
    if (item == null || item.isEmpty() || item.equals("/")) {
      json.startObject();
      json.key(ServerConst.datasets);
      JsonDescription.arrayDatasets(json, action.getDataAccessPointRegistry());
      json.finishObject();
      return;
    }
    DataAccessPoint dap = getItemDataAccessPoint(action);
    if (dap == null) {
      ServletOps.errorNotFound("no dataset " + getItemDatasetName(action));
    }
    JsonDescription.describe(json, dap);
  }
}
