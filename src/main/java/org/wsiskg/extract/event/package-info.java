/** Finds dated events (IGF meetings, CSTD sessions, WSIS summit phases and forums ...) and mandate actions in paragraph text. */
package org.wsiskg.extract.event;
