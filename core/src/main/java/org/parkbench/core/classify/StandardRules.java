package org.parkbench.core.classify;

import java.util.List;

/**
 * The rules Parkbench classifies with, in the order they are reported: government (G), park
 * development company (C), state-owned enterprise (S), private enterprise (P), then context (F).
 * The table with the reasoning behind each weight is in docs/decisions/002-classifier-rules.md.
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>id</th><th>model</th><th>weight</th></tr>
 *   <tr><td>G1</td><td>government-driven</td><td>2</td></tr>
 *   <tr><td>G2</td><td>government-driven</td><td>1</td></tr>
 *   <tr><td>G3</td><td>government-driven</td><td>1</td></tr>
 *   <tr><td>C1</td><td>company-led</td><td>2</td></tr>
 *   <tr><td>C2</td><td>company-led</td><td>2</td></tr>
 *   <tr><td>C3</td><td>company-led</td><td>1</td></tr>
 *   <tr><td>S1</td><td>company-led</td><td>1</td></tr>
 *   <tr><td>P1</td><td>private-led</td><td>3</td></tr>
 *   <tr><td>P2</td><td>private-led</td><td>1</td></tr>
 *   <tr><td>F1</td><td>(context)</td><td>0</td></tr>
 * </table>
 */
public final class StandardRules {
    private StandardRules() {
    }

    /** Every shipped rule, in report order. */
    public static List<ClassificationRule> all() {
        return List.of(new HighLevelInitiationRule(), new IntergovernmentalRule(), new LocalGovernmentRule(),
                new CompanyDevelopsRule(), new CompanyOwnsDeveloperRule(), new CompanyOperatesRule(),
                new StateEnterpriseRule(), new PrivateEnterpriseRule(), new HostEnterprisePartnerRule(),
                new FinanceContextRule());
    }
}
