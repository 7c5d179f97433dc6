package cn.dualprevention.exchange.record.application;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseDirectory;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;
import cn.dualprevention.exchange.record.domain.BuiltRecord;
import cn.dualprevention.exchange.record.domain.KeptRecord;
import cn.dualprevention.exchange.record.domain.MappingProfile;
import cn.dualprevention.exchange.record.domain.RecordContext;
import cn.dualprevention.exchange.record.domain.RecordDraft;
import cn.dualprevention.exchange.record.domain.RecordLookup;
import cn.dualprevention.exchange.record.domain.RecordRef;
import cn.dualprevention.exchange.record.domain.RecordMapper;
import cn.dualprevention.exchange.record.domain.RecordMappers;
import cn.dualprevention.exchange.record.domain.RecordType;
import cn.dualprevention.exchange.record.domain.RegulatorRecords;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Builds a kept record from its source facts with a receiver's code preferences (the same mappers for all). */
@Component
public class RecordBuilder {

    private final EnterpriseDirectory enterprises;
    private final RegulatorRecords records;
    private final Map<RecordType, RecordMapper> mappers = new EnumMap<>(RecordType.class);
    private final RecordLookup lookup;
    private static final long ENTERPRISE_TTL_NANOS = 5_000_000_000L;
    private final Map<String, CachedEnterprise> enterpriseCache = new java.util.concurrent.ConcurrentHashMap<>();

    public RecordBuilder(EnterpriseDirectory enterprises, RegulatorRecords records) {
        this.enterprises = enterprises;
        this.records = records;
        this.lookup = new RecordLookup() {
            @Override
            public Optional<Object> field(RecordRef ref, String field) {
                return records.find(ref).map(found -> found.fields().get(field));
            }

            @Override
            public String keptId(RecordRef ref) {
                return records.find(ref).isPresent() ? ref.id() : records.keptIdOfAlias(ref).orElse(ref.id());
            }
        };
        RecordMappers.ALL.forEach(mapper -> mappers.put(mapper.type(), mapper));
    }

    /** The enterprise, read at most every few seconds (a resync builds thousands of records of one enterprise). */
    private EnterpriseIdentity enterprise(String enterpriseId) {
        long now = System.nanoTime();
        CachedEnterprise cached = enterpriseCache.get(enterpriseId);
        if (cached != null && now - cached.readAt() < ENTERPRISE_TTL_NANOS) {
            return cached.identity();
        }
        EnterpriseIdentity identity = enterprises.find(enterpriseId).orElse(null);
        if (identity != null) {
            if (enterpriseCache.size() > 10_000) {
                enterpriseCache.clear();
            }
            enterpriseCache.put(enterpriseId, new CachedEnterprise(identity, now));
        }
        return identity;
    }

    /**
     * True when the records of the enterprise can carry its identity (known, codes valid); {@code fresh}: read the
     * directory now rather than trust the cache.
     */
    public boolean identityUsable(String enterpriseId, boolean fresh) {
        if (fresh) {
            forget(enterpriseId);
        }
        return RecordDraft.identityProblems(enterpriseId, enterprise(enterpriseId)).isEmpty();
    }

    /** Forgets what was read of the enterprise (its registration changed it). */
    public void forget(String enterpriseId) {
        enterpriseCache.remove(enterpriseId);
    }

    private record CachedEnterprise(EnterpriseIdentity identity, long readAt) {
    }

    public RecordMapper mapper(RecordType type) {
        return mappers.get(type);
    }

    public BuiltRecord build(KeptRecord kept, MappingProfile profile) {
        RecordContext context = new RecordContext(kept.enterpriseId(), enterprise(kept.enterpriseId()),
                profile, kept.createdAt(), kept.createdBy(), kept.updatedAt(), kept.updatedBy(), kept.deleted(), lookup);
        return mappers.get(kept.ref().type()).map(kept.sourceType(), kept.source(), context);
    }
}
