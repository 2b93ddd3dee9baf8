package org.newskg.cli;

import java.net.BindException;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newskg.serve.NewsServer;
import org.newskg.serve.Stores;
import org.newskg.store.Store;
import org.newskg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Serves the store read-only with Apache Jena Fuseki and its web UI. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store read-only with Apache Jena Fuseki and its web UI, until Ctrl-C.",
      "",
      "  web UI           http://HOST:PORT/  (dataset /newskg: query page, info)",
      "  SPARQL query     http://HOST:PORT/newskg/sparql  (GET or POST a query)",
      "  Graph Store      http://HOST:PORT/newskg/get?graph=IRI  (read only)",
      "",
      "The default graph is the union of all article graphs, so a query needs no GRAPH"
          + " clause.",
      "",
      "Safe by default: it listens on the loopback interface only unless --host says"
          + " otherwise, and it cannot change anything: there is no SPARQL update, no upload,"
          + " and the admin API answers only the read-only GETs the UI needs (/$/server,"
          + " /$/datasets, /$/ping, /$/stats); creating, deleting or backing up datasets is"
          + " refused."
    },
    footer = {
      "",
      "Examples:",
      "  ./newskg serve                      # newskg-db on http://127.0.0.1:3030/",
      "  ./newskg serve --db /data/kg --port 8080",
      "  curl -s http://127.0.0.1:3030/newskg/sparql \\",
      "       --data-urlencode query@queries/attributions.rq",
      "",
      "Exit codes: 130 when stopped with Ctrl-C (as for any interrupted program), 1 port or"
          + " store in use, 2 bad arguments or a missing or broken store."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "3030",
      description = "TCP port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = {
        "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).",
        "0.0.0.0 makes the server reachable from the network."
      })
  String host;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
    }
    Store store;
    try {
      store = Store.openExisting(db.db());
    } catch (StoreException e) {
      throw new UserError(Stores.message(e, db.db()), Stores.exitCode(e));
    }
    FusekiServer server;
    try {
      server = NewsServer.build(store.dataset(), host, port).start();
    } catch (RuntimeException e) {
      store.close();
      BindException bind = cause(e, BindException.class);
      if (bind != null && String.valueOf(bind.getMessage()).contains("in use")) {
        throw new UserError("port " + port + " is in use; try --port " + (port + 1));
      }
      // Anything else at start-up is the address: not one of this machine's, or a bad name.
      throw new UserError("cannot listen on " + host + " port " + port + ": " + reason(e), 2);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  store.close();
                },
                "newskg-serve-shutdown"));
    String url = NewsServer.url(host, server.getPort());
    if (!NewsServer.isLoopback(host)) {
      spec.commandLine().getErr().printf(
          "newskg: listening on %s: anyone who can reach this machine can read the store%n", host);
    }
    spec.commandLine().getOut().printf(
        "newskg: serving %s at %s (SPARQL endpoint %s%s/sparql); Ctrl-C stops%n",
        db.db(), url, url, NewsServer.DATASET);
    spec.commandLine().getOut().flush();
    server.join();
    return 0;
  }

  private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  /** The innermost message: Fuseki wraps Jetty's, which wraps the system's. */
  private static String reason(Throwable t) {
    String why = t.getClass().getSimpleName();
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null && !c.getMessage().isBlank()) {
        why = c.getMessage().lines().findFirst().orElse(why);
      }
    }
    return why;
  }
}
