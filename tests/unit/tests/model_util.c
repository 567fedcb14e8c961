/*
 * tests/unit/tests/model_util.c: see model_util.h.
 */
#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"
#include "model_util.h"

void *mt_alloc(size_t size, size_t align)
{
    void *p = _xzalloc(size, align);

    CHECK(p);
    emul_mark_boot_allocations();
    return p;
}

void mt_lpi_prop(struct mt *t, uint32_t intid, bool enabled)
{
    t->prop[intid - 8192] = 0xa0 | (1U << 1) | enabled;
}

struct mt mt_setup_cfg(const struct model_config *cfg)
{
    struct mt t = { .nr_cpus = cfg->nr_cpus };
    uint64_t lpis = 1ULL << cfg->lpi_id_bits;
    unsigned int cpu, its;

    t.m = unit_gic_cfg(cfg);
    model_set_deliver(t.m, NULL, NULL);     /* recorded, not delivered */

    t.prop = mt_alloc(lpis, SZ_64K);
    memset(t.prop, 0xa0 | (1U << 1), lpis);     /* all disabled */

    for ( its = 0; its < cfg->nr_its; its++ )
    {
        void *devt = mt_alloc(SZ_64K * 8, SZ_64K);
        void *collt = mt_alloc(SZ_64K, SZ_64K);
        void *vpet = mt_alloc(SZ_64K, SZ_64K);

        t.queues[its] = mt_alloc(SZ_64K, SZ_64K);
        /* GITS_BASER: Valid, 64K pages (Page_Size=2), Size = pages - 1. */
        model_its_write_at(t.m, its, M_GITS_BASER0,
                           (1ULL << 63) | (2ULL << 8) | 7 |
                           virt_to_maddr(devt), 8);
        model_its_write_at(t.m, its, M_GITS_BASER0 + 8,
                           (1ULL << 63) | (2ULL << 8) | virt_to_maddr(collt),
                           8);
        if ( cfg->version != GIC_V3 )
            model_its_write_at(t.m, its, M_GITS_BASER0 + 16,
                               (1ULL << 63) | (2ULL << 8) |
                               virt_to_maddr(vpet), 8);
        /* GITS_CBASER: Valid, 16 4K pages. */
        model_its_write_at(t.m, its, M_GITS_CBASER,
                           (1ULL << 63) | virt_to_maddr(t.queues[its]) | 15,
                           8);
        model_its_write_at(t.m, its, M_GITS_CWRITER, 0, 8);
        /* Enable, keeping ITS_Number as it reads. */
        model_its_write_at(t.m, its, M_GITS_CTLR,
                           model_its_read_at(t.m, its, M_GITS_CTLR, 4) |
                           1, 4);
    }
    t.queue = t.queues[0];

    for ( cpu = 0; cpu < cfg->nr_cpus; cpu++ )
    {
        t.pend[cpu] = mt_alloc(lpis / 8, SZ_64K);
        model_rdist_write(t.m, cpu, M_GICR_PROPBASER,
                          virt_to_maddr(t.prop) | (cfg->lpi_id_bits - 1), 8);
        model_rdist_write(t.m, cpu, M_GICR_PENDBASER,
                          virt_to_maddr(t.pend[cpu]), 8);
        model_rdist_write(t.m, cpu, M_GICR_CTLR, 1, 4);
    }
    return t;
}

struct mt mt_setup(enum gic_version v)
{
    struct model_config cfg = model_default_config(v);

    return mt_setup_cfg(&cfg);
}

void mt_cmd_at(struct mt *t, unsigned int its, uint64_t d0, uint64_t d1,
               uint64_t d2, uint64_t d3)
{
    uint64_t w = model_its_read_at(t->m, its, M_GITS_CWRITER, 8);
    uint64_t *slot = t->queues[its] + w / 8;

    slot[0] = cpu_to_le64(d0);
    slot[1] = cpu_to_le64(d1);
    slot[2] = cpu_to_le64(d2);
    slot[3] = cpu_to_le64(d3);
    model_its_write_at(t->m, its, M_GITS_CWRITER, (w + 32) % SZ_64K, 8);
}

void mt_cmd(struct mt *t, uint64_t d0, uint64_t d1, uint64_t d2, uint64_t d3)
{
    mt_cmd_at(t, 0, d0, d1, d2, d3);
}
