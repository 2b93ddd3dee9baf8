package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.facts.ActorKind;
import org.newskg.facts.Certainty;
import org.newskg.facts.Stance;
import org.newskg.facts.StrikeKind;

/** The vocabulary class and ontology/newskg.ttl describe the same terms. */
class NKGTest {
  private static final Graph ONTOLOGY = RDFParser.source(Path.of("ontology/newskg.ttl")).toGraph();

  private static Set<String> constants() throws IllegalAccessException {
    Set<String> out = new TreeSet<>();
    for (Field f : NKG.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
        String uri = ((Resource) f.get(null)).getURI();
        if (!uri.equals(NKG.NS)) {
          out.add(uri);
        }
      }
    }
    return out;
  }

  private static Set<String> ontologyTerms() {
    Set<String> out = new TreeSet<>();
    ONTOLOGY
        .find(Node.ANY, RDF.type.asNode(), Node.ANY)
        .forEach(
            t -> {
              if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(NKG.NS)) {
                out.add(t.getSubject().getURI());
              }
            });
    return out;
  }

  @Test
  void everyConstantIsDeclaredInTheOntologyAndEveryTermHasAConstant() throws Exception {
    assertEquals(ontologyTerms(), constants());
  }

  @Test
  void everyTermHasALabelAndAComment() {
    for (String term : ontologyTerms()) {
      Node n = org.apache.jena.graph.NodeFactory.createURI(term);
      assertTrue(ONTOLOGY.contains(n, RDFS.label.asNode(), Node.ANY), term + " has rdfs:label");
      assertTrue(ONTOLOGY.contains(n, RDFS.comment.asNode(), Node.ANY), term + " has rdfs:comment");
    }
  }

  @Test
  void enumsMapToDeclaredIndividuals() {
    for (StrikeKind k : StrikeKind.values()) {
      assertTrue(
          ONTOLOGY.contains(Iris.strikeKind(k), RDF.type.asNode(), NKG.StrikeKind.asNode()),
          k.id());
    }
    for (Stance s : Stance.values()) {
      assertTrue(ONTOLOGY.contains(Iris.stance(s), RDF.type.asNode(), NKG.Stance.asNode()), s.id());
    }
    for (Certainty c : Certainty.values()) {
      assertTrue(
          ONTOLOGY.contains(Iris.certainty(c), RDF.type.asNode(), NKG.Certainty.asNode()), c.id());
    }
    for (ActorKind k : ActorKind.values()) {
      assertTrue(
          ONTOLOGY.contains(Iris.actorClass(k), RDFS.subClassOf.asNode(), NKG.Actor.asNode()),
          k.id());
    }
  }

  @Test
  void declaredAsOwlTermsAndFreeOfBlankNodes() {
    assertTrue(
        ONTOLOGY.contains(NKG.partOf.asNode(), RDF.type.asNode(), OWL.TransitiveProperty.asNode()));
    assertTrue(
        ONTOLOGY.contains(NKG.attributor.asNode(), RDF.type.asNode(), OWL.ObjectProperty.asNode()));
    assertTrue(
        ONTOLOGY.contains(NKG.text.asNode(), RDF.type.asNode(), OWL.DatatypeProperty.asNode()));
    assertTrue(ONTOLOGY.contains(NKG.Attribution.asNode(), RDF.type.asNode(), OWL.Class.asNode()));
    assertFalse(
        ONTOLOGY.find().toList().stream()
            .anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()));
  }
}
