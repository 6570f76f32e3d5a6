package org.parkbench.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parkbench.core.language.Language;

class VocabularyLabelsTest {
    private static final List<Class<? extends Vocabulary>> VOCABULARIES = List.of(ActorKind.class, CaseStatus.class,
            Confidence.class, Corridor.class, DevelopmentModel.class, Indicator.class, LocationPrecision.class,
            ObservationKind.class, ObservationScope.class, ParkStatus.class, Qualifier.class, Role.class, Sector.class,
            StatisticScope.class, Unit.class, Variant.class, Verification.class);

    @Test
    void everyWordOfEveryVocabularyHasALabelInEveryLanguage() {
        for (Language language : Language.values()) {
            for (Class<? extends Vocabulary> type : VOCABULARIES) {
                for (Vocabulary word : type.getEnumConstants()) {
                    assertThat(word.label(language)).as("%s %s", language, word.word()).isNotNull();
                }
            }
        }
    }

    @Test
    void englishLabelsAreTheOnesTheCodeHasAlwaysShown() {
        for (Class<? extends Vocabulary> type : VOCABULARIES) {
            for (Vocabulary word : type.getEnumConstants()) {
                assertThat(word.label(Language.EN)).as(word.word()).isEqualTo(word.label());
            }
        }
    }

    @Test
    void theBundleHoldsNoKeyThatNamesNoWord() {
        Set<String> used = new TreeSet<>();
        for (Class<? extends Vocabulary> type : VOCABULARIES) {
            for (Vocabulary word : type.getEnumConstants()) {
                used.add(VocabularyLabels.key(word));
            }
        }
        List<String> unused = new ArrayList<>();
        for (Language language : Language.values()) {
            VocabularyLabels.of(language).keys().stream().filter(k -> k.startsWith("vocab.") && !used.contains(k))
                    .forEach(k -> unused.add(language.code() + ": " + k));
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void chineseModelNamesAreThePapersTerms() {
        assertThat(DevelopmentModel.GOVERNMENT_DRIVEN.label(Language.ZH)).isEqualTo("政府高层推动建设型");
        assertThat(DevelopmentModel.COMPANY_LED.label(Language.ZH)).isEqualTo("园区开发公司为主导力量建设型");
        assertThat(DevelopmentModel.PRIVATE_LED.label(Language.ZH)).isEqualTo("民营企业建设型");
    }
}
