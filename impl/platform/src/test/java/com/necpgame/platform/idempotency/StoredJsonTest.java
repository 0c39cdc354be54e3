package com.necpgame.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StoredJsonTest {
    /** A response model as the generator makes them: a bean whose optional list starts empty. */
    public static final class Receipt {
        private String id;
        private List<String> notes = new ArrayList<>();

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public List<String> getNotes() {
            return notes;
        }

        public void setNotes(List<String> notes) {
            this.notes = notes;
        }
    }

    private final StoredJson stored = new StoredJson(new ObjectMapper());

    @Test
    void theFirstAnswerIsTheModelItWasWrittenFromAndAReplayIsReadFromItsStoredBody() {
        Receipt receipt = new Receipt();
        receipt.setId("r-1");
        receipt.setNotes(null);
        String body = stored.write(receipt);
        assertThat(body).isEqualTo("{\"id\":\"r-1\",\"notes\":null}"); // nulls kept for the replay

        assertThat(stored.read(body, Receipt.class)).isSameAs(receipt);

        String fromTheDatabase = new String(body.toCharArray()); // equal, but not this thread's write
        Receipt replay = stored.read(fromTheDatabase, Receipt.class);
        assertThat(replay).isNotSameAs(receipt);
        assertThat(replay.getId()).isEqualTo("r-1");
        assertThat(replay.getNotes()).isNull();
        assertThat(stored.read(body, Receipt.class)).as("read once: the model is not kept after its answer")
                .isNotSameAs(receipt);
    }

    @Test
    void aModelWrittenOnAnotherThreadIsNeverAnsweredHere() throws Exception {
        Receipt receipt = new Receipt();
        receipt.setId("r-2");
        String[] body = new String[1];
        Thread writer = Thread.ofVirtual().start(() -> body[0] = stored.write(receipt));
        writer.join();

        Receipt read = stored.read(body[0], Receipt.class);
        assertThat(read).isNotSameAs(receipt);
        assertThat(read.getId()).isEqualTo("r-2");
    }
}
