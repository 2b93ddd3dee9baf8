package org.newskg.synth;

import java.util.List;

/**
 * A real person from people.tsv who speaks for a country or an organisation.
 *
 * @param label "Antony Blinken"
 * @param role "US Secretary of State", or ""
 * @param aliases other names from the gazetteer
 * @param speaksFor the id of the country or organisation
 */
record Person(String label, String role, List<String> aliases, String speaksFor) {}
