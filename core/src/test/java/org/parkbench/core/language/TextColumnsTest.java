package org.parkbench.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextColumnsTest {
    @Test
    void aChineseCharacterTakesTwoColumnsOfATerminalAndEverythingElseOne() {
        assertThat(TextColumns.width("园区")).isEqualTo(4);
        assertThat(TextColumns.width("56 parks")).isEqualTo(8);
        assertThat(TextColumns.width("（截断）：")).isEqualTo(10);
        assertThat(TextColumns.width("72.727…% — km²")).isEqualTo(14);
    }

    @Test
    void columnsAreTwoSpacesApartAfterTheirWidestCell() {
        assertThat(TextColumns.align(List.of(List.of("统计项", "数值"), List.of("parks", "56")))).isEqualTo("""
                统计项  数值
                parks   56
                """);
        assertThat(TextColumns.align(List.of())).isEmpty();
    }
}
