package org.newskg.graph;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes declared in exports, query output and the query prefixes offered to users. */
public final class Namespaces {
  private Namespaces() {}

  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";

  /** A fresh, mutable mapping (callers may add to it); the same content every time. */
  public static PrefixMapping mapping() {
    PrefixMapping pm = PrefixMapping.Factory.create();
    pm.setNsPrefix("nkg", NKG.NS);
    pm.setNsPrefix("rdf", RDF.getURI());
    pm.setNsPrefix("rdfs", RDFS.getURI());
    pm.setNsPrefix("owl", OWL.getURI());
    pm.setNsPrefix("xsd", XSD.getURI());
    pm.setNsPrefix("skos", SKOS.getURI());
    pm.setNsPrefix("dcterms", DCTerms.getURI());
    pm.setNsPrefix("prov", PROV);
    pm.setNsPrefix("geo", GEO);
    pm.setNsPrefix("wd", Iris.WIKIDATA);
    pm.setNsPrefix("actor", Iris.ACTOR);
    pm.setNsPrefix("location", Iris.LOCATION);
    pm.setNsPrefix("article", Iris.ARTICLE);
    pm.setNsPrefix("rule", Iris.RULE);
    pm.setNsPrefix("graph", Iris.GRAPH);
    return pm;
  }

  /** The same prefixes as a RIOT prefix map, for StreamRDF writers. */
  public static PrefixMap prefixMap() {
    return PrefixMapFactory.create(mapping());
  }
}
