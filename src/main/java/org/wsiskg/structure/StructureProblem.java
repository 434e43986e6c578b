package org.wsiskg.structure;

import org.wsiskg.text.Span;

/** Something the structure reader could not make sense of; it becomes a report issue. */
public record StructureProblem(String code, String message, Span span) {
}
