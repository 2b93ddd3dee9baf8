package org.newskg.serve;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A read-only Fuseki server over a newskg store: the web UI at {@code /}, the dataset at {@code
 * /newskg} with SPARQL query and Graph Store Protocol read, and nothing that changes data.
 *
 * <pre>{@code
 * FusekiServer server = NewsServer.build(store, "127.0.0.1", 3030).start();
 * }</pre>
 */
public final class NewsServer {
  /** The dataset's name in URLs: {@code http://HOST:PORT/newskg/sparql}. */
  public static final String DATASET = "newskg";

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

  private NewsServer() {}

  /**
   * Builds, but does not start, the server.
   *
   * @param store the store; its default graph is switched to the union of all graphs, because each
   *     article lives in its own named graph and queries should see them all
   * @param host the address to listen on: a loopback name or address keeps the server private,
   *     "0.0.0.0" listens on every interface
   * @param port the port, 0 for any free port (see {@link FusekiServer#getPort()} after start)
   */
  public static FusekiServer build(DatasetGraph store, String host, int port) {
    store.getContext().set(TDB2.symUnionDefaultGraph, true);
    boolean loopback = isLoopback(host);
    FusekiServer.Builder builder =
        FusekiServer.create()
            // No modules found on the classpath may add endpoints behind our back.
            .fusekiModules(FusekiModules.create())
            .port(port)
            .loopback(loopback)
            .add(DATASET, store, false);
    FusekiUi.addTo(builder);
    FusekiServer server = builder.build();
    if (!loopback && !host.equals("0.0.0.0")) {
      for (Connector c : server.getJettyServer().getConnectors()) {
        if (c instanceof ServerConnector sc) {
          sc.setHost(host);
        }
      }
    }
    return server;
  }

  /** True for the names and addresses that keep the server private to this machine. */
  public static boolean isLoopback(String host) {
    return LOOPBACK.contains(host);
  }

  /** The URL of the UI's start page for a started server. */
  public static String url(String host, int port) {
    String h = host.equals("0.0.0.0") ? "127.0.0.1" : host;
    if (h.contains(":") && !h.startsWith("[")) {
      h = "[" + h + "]";
    }
    return "http://" + h + ":" + port + "/";
  }
}
