package org.wsiskg.extract.event;

/**
 * What a paragraph names that the paragraphs after it refer back to with a bare noun (委员会 / "the
 * Commission", 工作组 / "the working group", 论坛 / "the Forum"): given the context before a
 * paragraph, the context after it. One per language, because the names and the words that refer
 * back to them are the language's.
 */
public interface NamedBodies {

    EventContext after(String paragraphText, EventContext before);
}
