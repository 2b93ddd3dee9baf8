package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.store.Store;
import org.newskg.store.TestStores;

/** The server over a small hand-made store, spoken to over HTTP: it answers, and it refuses writes. */
class NewsServerTest {
  @TempDir static Path tmp;
  static Store store;
  static FusekiServer server;
  static String base;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static final String PERPETRATORS =
      "PREFIX nkg: <https://w3id.org/newskg/ontology#> "
          + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
          + "SELECT ?file ?who ?stance WHERE { ?a nkg:perpetrator/rdfs:label ?who ; nkg:stance ?stance ;"
          + " nkg:article/nkg:fileName ?file } ORDER BY ?file ?who";

  @BeforeAll
  static void start() throws IOException {
    Path db = tmp.resolve("db");
    TestStores.build(db, tmp);
    store = Store.openExisting(db);
    server = NewsServer.build(store.dataset(), "127.0.0.1", 0).start();
    base = "http://127.0.0.1:" + server.getPort();
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  static HttpResponse<String> send(String method, String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    return HTTP.send(b.build(), BodyHandlers.ofString());
  }

  static String select(String query) throws IOException, InterruptedException {
    HttpRequest r =
        HttpRequest.newBuilder(
                URI.create(base + "/newskg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .header("Accept", "text/csv")
            .build();
    HttpResponse<String> res = HTTP.send(r, BodyHandlers.ofString());
    assertEquals(200, res.statusCode(), res.body());
    return res.body().replace("\r\n", "\n");
  }

  @Test
  void queriesSeeEveryArticleGraphThroughTheUnionDefaultGraph() throws Exception {
    // No GRAPH clause: the facts sit in named graphs a.txt and b.txt.
    assertEquals(
        "file,who,stance\n"
            + "a.txt,Israel,https://w3id.org/newskg/ontology#suspects\n"
            + "a.txt,United States,https://w3id.org/newskg/ontology#denies\n"
            + "b.txt,Iran,https://w3id.org/newskg/ontology#accuses\n"
            + "b.txt,United States,https://w3id.org/newskg/ontology#denies\n",
        select(PERPETRATORS));
  }

  @Test
  void servesTheWebUiAndTheReadOnlyListingsItNeeds() throws Exception {
    HttpResponse<String> index = send("GET", "/", null, null);
    assertEquals(200, index.statusCode());
    assertTrue(index.body().contains("Apache Jena Fuseki") || index.body().contains("<div id=\"app\">"), index.body());

    HttpResponse<String> status = send("GET", "/$/server", null, null);
    assertEquals(200, status.statusCode());
    assertTrue(status.body().contains("\"ds.name\" : \"/newskg\""), status.body());
    assertTrue(status.body().contains("\"srv.type\" : \"query\""), status.body());
    // Read-only by construction: no update service and no read-write graph store.
    assertTrue(!status.body().contains("\"update\"") && !status.body().contains("gsp-rw"), status.body());

    HttpResponse<String> one = send("GET", "/$/datasets/newskg", null, null);
    assertEquals(200, one.statusCode());
    assertTrue(one.body().contains("\"ds.name\" : \"/newskg\""), one.body());
    assertEquals(404, send("GET", "/$/datasets/nothere", null, null).statusCode());
    assertEquals(200, send("GET", "/$/ping", null, null).statusCode());
    // The UI's info tab: request counts per endpoint.
    HttpResponse<String> stats = send("GET", "/$/stats/newskg", null, null);
    assertEquals(200, stats.statusCode());
    assertTrue(stats.body().contains("\"/newskg\""), stats.body());
  }

  @Test
  void readsAnArticleGraphThroughTheGraphStoreProtocol() throws Exception {
    String graph = URLEncoder.encode("https://w3id.org/newskg/graph/a.txt", StandardCharsets.UTF_8);
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(base + "/newskg/get?graph=" + graph))
            .header("Accept", "application/n-triples")
            .build();
    HttpResponse<String> res = HTTP.send(r, BodyHandlers.ofString());
    assertEquals(200, res.statusCode());
    assertTrue(
        res.body().contains("<https://w3id.org/newskg/id/actor/israel> <http://www.w3.org/2000/01/rdf-schema#label> \"Israel\""),
        res.body());
  }

  @ParameterizedTest(name = "{0} {1} is refused")
  @CsvSource({
    "POST,   /$/datasets?dbName=evil&dbType=mem, application/x-www-form-urlencoded",
    "DELETE, /$/datasets/newskg,                 ",
    "POST,   /$/backup/newskg,                   ",
    "POST,   /$/backups/newskg,                  ",
    "POST,   /$/compact/newskg,                  ",
    "POST,   /$/server,                          ",
    "POST,   /newskg/update,                     application/sparql-update",
    "POST,   /newskg,                            application/sparql-update",
    "POST,   /newskg/sparql,                     application/sparql-update",
    "PUT,    /newskg/data?default,               text/turtle",
    "POST,   /newskg/data?default,               text/turtle",
    "POST,   /newskg/data?graph=urn:x:evil,      text/turtle",
    "POST,   /newskg,                            text/turtle",
    "DELETE, /newskg/data?graph=https://w3id.org/newskg/graph/a.txt, ",
  })
  void refusesEveryWrite(String method, String path, String contentType) throws Exception {
    String body =
        "application/sparql-update".equals(contentType)
            ? "INSERT DATA { <urn:x:evil> <urn:x:p> \"written\" }"
            : "<urn:x:evil> <urn:x:p> \"written\" .";
    HttpResponse<String> res = send(method, path, contentType, contentType == null ? null : body);
    int code = res.statusCode();
    assertTrue(code >= 400 && code < 500, method + " " + path + " gave " + code + ": " + res.body());
    assertEquals("n\n0\n", select("SELECT (COUNT(*) AS ?n) WHERE { { <urn:x:evil> ?p ?o } UNION { GRAPH ?g { <urn:x:evil> ?p ?o } } }"));
    assertEquals(200, send("GET", "/$/datasets/newskg", null, null).statusCode(), "the dataset is still there");
    assertTrue(select(PERPETRATORS).contains("a.txt,Israel,"), "the article graph is untouched");
  }

  @Test
  void listensOnLoopbackOnlyByDefault() {
    ServerConnector c = (ServerConnector) server.getJettyServer().getConnectors()[0];
    assertEquals("localhost", c.getHost());
  }

  @Test
  void listensOnTheGivenAddressWhenAsked() {
    FusekiServer open = NewsServer.build(store.dataset(), "0.0.0.0", 0);
    assertEquals(null, ((ServerConnector) open.getJettyServer().getConnectors()[0]).getHost());
    FusekiServer one = NewsServer.build(store.dataset(), "192.0.2.7", 0);
    assertEquals("192.0.2.7", ((ServerConnector) one.getJettyServer().getConnectors()[0]).getHost());
  }
}
