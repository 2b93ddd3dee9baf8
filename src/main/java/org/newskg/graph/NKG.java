package org.newskg.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Vocabulary of the newskg ontology ({@code ontology/newskg.ttl}), in the style of Jena's {@code
 * SKOS}. {@code NKGTest} keeps this class and the ontology file in step, both ways.
 */
public final class NKG {
  private NKG() {}

  /** The namespace of the vocabulary as a string. */
  public static final String NS = "https://w3id.org/newskg/ontology#";

  /** The ontology itself; also the name of its graph when an export includes it. */
  public static final String ONTOLOGY = "https://w3id.org/newskg/ontology";

  /** The namespace of the vocabulary as a string. */
  public static String getURI() {
    return NS;
  }

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS, local);
  }

  /** The namespace of the vocabulary as a resource. */
  public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

  // Classes
  public static final Resource Article = resource("Article");
  public static final Resource Sentence = resource("Sentence");
  public static final Resource Rule = resource("Rule");
  public static final Resource Actor = resource("Actor");
  public static final Resource Country = resource("Country");
  public static final Resource GovernmentBody = resource("GovernmentBody");
  public static final Resource MilitaryForce = resource("MilitaryForce");
  public static final Resource ArmedGroup = resource("ArmedGroup");
  public static final Resource Coalition = resource("Coalition");
  public static final Resource InternationalOrganisation = resource("InternationalOrganisation");
  public static final Resource MediaOrganisation = resource("MediaOrganisation");
  public static final Resource Person = resource("Person");
  public static final Resource UnnamedOfficial = resource("UnnamedOfficial");
  public static final Resource Strike = resource("Strike");
  public static final Resource StrikeKind = resource("StrikeKind");
  public static final Resource Location = resource("Location");
  public static final Resource Statement = resource("Statement");
  public static final Resource DirectQuote = resource("DirectQuote");
  public static final Resource Attribution = resource("Attribution");
  public static final Resource Stance = resource("Stance");
  public static final Resource Certainty = resource("Certainty");

  // Object properties
  public static final Property article = property("article");
  public static final Property sentence = property("sentence");
  public static final Property rule = property("rule");
  public static final Property speaksFor = property("speaksFor");
  public static final Property country = property("country");
  public static final Property strikeKind = property("strikeKind");
  public static final Property partOf = property("partOf");
  public static final Property location = property("location");
  public static final Property speaker = property("speaker");
  public static final Property attributor = property("attributor");
  public static final Property strike = property("strike");
  public static final Property perpetrator = property("perpetrator");
  public static final Property evidence = property("evidence");
  public static final Property statement = property("statement");
  public static final Property stance = property("stance");
  public static final Property certainty = property("certainty");

  // Datatype properties
  public static final Property fileName = property("fileName");
  public static final Property index = property("index");
  public static final Property beginOffset = property("beginOffset");
  public static final Property endOffset = property("endOffset");
  public static final Property text = property("text");
  public static final Property locationText = property("locationText");
  public static final Property target = property("target");
  public static final Property date = property("date");
  public static final Property casualties = property("casualties");
  public static final Property cue = property("cue");
  public static final Property directQuote = property("directQuote");

  // Individuals of nkg:StrikeKind, named after StrikeKind.id()
  public static final Resource airstrike = resource("airstrike");
  public static final Resource drone_attack = resource("drone_attack");
  public static final Resource rocket_attack = resource("rocket_attack");
  public static final Resource missile_strike = resource("missile_strike");
  public static final Resource bombing = resource("bombing");
  public static final Resource shelling = resource("shelling");
  public static final Resource explosion = resource("explosion");
  public static final Resource attack = resource("attack");

  // Individuals of nkg:Stance, named after Stance.id()
  public static final Resource asserts = resource("asserts");
  public static final Resource suspects = resource("suspects");
  public static final Resource accuses = resource("accuses");
  public static final Resource claims_responsibility = resource("claims_responsibility");
  public static final Resource denies = resource("denies");
  public static final Resource neither_confirms_nor_denies =
      resource("neither_confirms_nor_denies");
  public static final Resource rejects_accusation = resource("rejects_accusation");

  // Individuals of nkg:Certainty, named after Certainty.id()
  public static final Resource confirmed = resource("confirmed");
  public static final Resource likely = resource("likely");
  public static final Resource possible = resource("possible");
  public static final Resource unknown = resource("unknown");
}
