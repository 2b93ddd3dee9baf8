/** The command line: a root command and one class per subcommand. */
package org.newskg.cli;
