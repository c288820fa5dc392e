package io.threeds.gateway.reporting;

import io.threeds.gateway.persistence.Merchant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The names auditors see beside merchant ids ({@link Merchant#shownName()}), read for a whole page of
 * rows in one query, and the LIKE pattern of the name filter.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MerchantNames {
    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    /**
     * Each known id's shown name; ids of no merchant (and nulls) are left out. The map may refuse a null
     * key: look up only ids that are there.
     */
    public Map<String, String> of(Collection<String> merchantIds) {
        List<String> ids = merchantIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT m FROM Merchant m WHERE m.id IN :ids", Merchant.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Merchant::getId, Merchant::shownName));
    }

    /**
     * {@code %text%} in lower case with LIKE's wildcards escaped by {@code !}, so that "50%_off" matches
     * only itself; null for no filter.
     */
    static String containing(String text) {
        if (text == null) {
            return null;
        }
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
