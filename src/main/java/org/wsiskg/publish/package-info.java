/** Beyond one machine: each text's named graph sent to any SPARQL 1.1 Graph Store Protocol endpoint. */
package org.wsiskg.publish;
