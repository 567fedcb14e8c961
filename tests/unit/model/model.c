/*
 * tests/unit/model/model.c: life cycle, records and queries of the model.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model_int.h"

static void *grow(void *array, unsigned int *max, size_t elem)
{
    unsigned int n = *max ? *max * 2 : 64;
    void *p = realloc(array, n * elem);

    if ( !p )
        abort();
    *max = n;
    return p;
}

struct model_config model_default_config(enum gic_version v)
{
    struct model_config cfg = {
        .version = v,
        .nr_cpus = 2,
        .nr_its = 1,
        .devid_bits = 16,
        .evid_bits = 16,
        .lpi_id_bits = 16,
        .cid_bits = 8,
        .vpeid_bits = 10,
        .itt_entry_size = 8,
        .its_number = 0,
        .dirty_reads = v == GIC_V3 ? 0 : 2,
        .pta = false,
        .vmovp = true,
        .lazy = false,
        .non_shareable = false,
        .page_sizes = 7,
    };

    return cfg;
}

struct gic_model *model_create(const struct model_config *cfg)
{
    struct gic_model *m = calloc(1, sizeof(*m));
    unsigned int i;

    if ( !m )
        abort();
    m->cfg = *cfg;
    if ( m->cfg.nr_cpus == 0 || m->cfg.nr_cpus > MODEL_MAX_CPUS )
        m->cfg.nr_cpus = MODEL_MAX_CPUS;
    if ( m->cfg.nr_its == 0 || m->cfg.nr_its > MODEL_MAX_ITS )
        m->cfg.nr_its = 1;
    m->nr_colls = 1U << m->cfg.cid_bits;
    m->nr_vpes = 1U << m->cfg.vpeid_bits;
    m->nr_lpis = 1U << m->cfg.lpi_id_bits;
    m->vpes = calloc(m->nr_vpes, sizeof(*m->vpes));
    m->lpi_cfg = calloc((size_t)m->nr_lpis * MODEL_MAX_CPUS, 1);
    if ( !m->vpes || !m->lpi_cfg )
        abort();

    for ( i = 0; i < m->cfg.nr_its; i++ )
    {
        struct model_its *its = &m->its[i];

        its->idx = i;
        its->number = (m->cfg.its_number + i) & 0xf;
        its->colls = calloc(m->nr_colls, sizeof(*its->colls));
        if ( !its->colls )
            abort();
        /* GITS_BASER<n>: Type [58:56], Entry_Size - 1 [52:48]. */
        its->baser[0] = (1ULL << 56) | (7ULL << 48);   /* devices, 8 bytes */
        its->baser[1] = (4ULL << 56) | (7ULL << 48);   /* collections */
        if ( cfg->version != GIC_V3 )
            its->baser[2] = (2ULL << 56) | (31ULL << 48); /* vPEs, 32 bytes */
    }

    for ( i = 0; i < MODEL_MAX_CPUS; i++ )
    {
        m->rd[i].res_vpe = -1;
        /* GICv4.1 GICR_VPROPBASER.Entry_Size (RO): 4 doublewords. */
        if ( cfg->version == GIC_V4_1 )
            m->rd[i].vpropbaser = 3ULL << 59;
        /* Left resident by whoever ran before, tables nobody allocated. */
        if ( cfg->version != GIC_V3 && (cfg->rd_stale_vpe & (1U << i)) )
        {
            m->rd[i].resident = true;
            m->rd[i].dirty_polled = true;
            m->rd[i].res_vpe = cfg->version == GIC_V4_1 ? 0 : -1;
            m->rd[i].vpendbaser = M_VPENDBASER_VALID |
                                  (cfg->version == GIC_V4_1 ? 0 : 0x7ead0000);
            m->rd[i].vpropbaser |= cfg->version == GIC_V4_1
                                   ? (1ULL << 63) | 0x7eef0000 | 0x3f
                                   : 0x7eef0000 | 0x7;
        }
    }

    return m;
}

uint32_t model_gicd_typer2(const struct gic_model *m)
{
    if ( m->cfg.version != GIC_V4_1 )
        return 0;
    return (1U << 7) | (m->cfg.vpeid_bits - 1);
}

void model_destroy(struct gic_model *m)
{
    struct model_device *d, *next;
    unsigned int i;

    if ( !m )
        return;
    for ( i = 0; i < m->cfg.nr_its; i++ )
    {
        for ( d = m->its[i].devices; d; d = next )
        {
            next = d->next;
            free(d->ites);
            free(d);
        }
        free(m->its[i].colls);
    }
    for ( i = 0; i < m->nr_vpes; i++ )
        free(m->vpes[i].vcfg);
    for ( i = 0; i < m->nr_violations; i++ )
        free(m->violations[i]);
    free(m->violations);
    free(m->cmds);
    free(m->events);
    free(m->vpes);
    free(m->lpi_cfg);
    free(m);
}

void model_final_checks(struct gic_model *m)
{
    unsigned int i;

    for ( i = 0; i < m->nr_vpes; i++ )
        if ( m->vpes[i].move.open )
            model_violation_add(m, "VMOVP of vPE %u with sequence number %u "
                                "reached ITSes %#x of ITS list %#x only", i,
                                m->vpes[i].move.seq, m->vpes[i].move.done,
                                m->vpes[i].move.list);
}

const struct model_config *model_config(const struct gic_model *m)
{
    return &m->cfg;
}

void model_set_deliver(struct gic_model *m, model_deliver_fn fn, void *opaque)
{
    m->deliver = fn;
    m->deliver_opaque = opaque;
}

void model_set_mem_check(struct gic_model *m, model_mem_check_fn fn,
                         void *opaque)
{
    m->mem_check = fn;
    m->mem_check_opaque = opaque;
}

void *model_mem(struct gic_model *m, uint64_t pa, size_t size,
                const char *what)
{
    if ( !pa || (m->mem_check && !m->mem_check(pa, size, m->mem_check_opaque)) )
    {
        model_violation_add(m, "GIC access to %s at %#llx (%zu bytes): not "
                            "memory software owns", what,
                            (unsigned long long)pa, size);
        return NULL;
    }
    return (void *)(uintptr_t)pa;
}

uint64_t model_its_base(const struct gic_model *m)
{
    return MODEL_ITS_BASE;
}

uint64_t model_its_base_at(const struct gic_model *m, unsigned int n)
{
    return MODEL_ITS_BASE + n * MODEL_ITS_SIZE;
}

uint64_t model_rdist_stride(const struct gic_model *m)
{
    return m->cfg.version == GIC_V3 ? MODEL_RDIST_STRIDE_V3
                                    : MODEL_RDIST_STRIDE_V4;
}

uint64_t model_rdist_base(const struct gic_model *m, unsigned int cpu)
{
    return MODEL_RDIST_BASE + cpu * model_rdist_stride(m);
}

bool model_mmio_read(struct gic_model *m, uint64_t pa, unsigned int size,
                     uint64_t *val)
{
    uint64_t stride = model_rdist_stride(m);

    if ( pa >= MODEL_ITS_BASE &&
         pa < MODEL_ITS_BASE + MODEL_ITS_SIZE * m->cfg.nr_its )
    {
        *val = model_its_read_at(m, (pa - MODEL_ITS_BASE) / MODEL_ITS_SIZE,
                                 (pa - MODEL_ITS_BASE) % MODEL_ITS_SIZE, size);
        return true;
    }
    if ( pa >= MODEL_RDIST_BASE &&
         pa < MODEL_RDIST_BASE + stride * m->cfg.nr_cpus )
    {
        unsigned int cpu = (pa - MODEL_RDIST_BASE) / stride;

        *val = model_rdist_read(m, cpu, (pa - MODEL_RDIST_BASE) % stride, size);
        return true;
    }
    return false;
}

bool model_mmio_write(struct gic_model *m, uint64_t pa, uint64_t val,
                      unsigned int size)
{
    uint64_t stride = model_rdist_stride(m);

    if ( pa >= MODEL_ITS_BASE &&
         pa < MODEL_ITS_BASE + MODEL_ITS_SIZE * m->cfg.nr_its )
    {
        model_its_write_at(m, (pa - MODEL_ITS_BASE) / MODEL_ITS_SIZE,
                           (pa - MODEL_ITS_BASE) % MODEL_ITS_SIZE, val, size);
        return true;
    }
    if ( pa >= MODEL_RDIST_BASE &&
         pa < MODEL_RDIST_BASE + stride * m->cfg.nr_cpus )
    {
        unsigned int cpu = (pa - MODEL_RDIST_BASE) / stride;

        model_rdist_write(m, cpu, (pa - MODEL_RDIST_BASE) % stride, val, size);
        return true;
    }
    return false;
}

/* ---- Records ---- */

void model_violation_add(struct gic_model *m, const char *fmt, ...)
{
    char buf[512];
    int n = 0;
    va_list ap;

    if ( m->cur )
        n = snprintf(buf, sizeof(buf), "[%s] ", m->cur->text);
    va_start(ap, fmt);
    vsnprintf(buf + n, sizeof(buf) - n, fmt, ap);
    va_end(ap);

    if ( m->nr_violations == m->max_violations )
        m->violations = grow(m->violations, &m->max_violations,
                             sizeof(*m->violations));
    m->violations[m->nr_violations++] = strdup(buf);
}

void model_report(struct gic_model *m, const char *fmt, ...)
{
    char buf[512];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    model_violation_add(m, "%s", buf);
}

unsigned int model_nr_violations(const struct gic_model *m)
{
    return m->nr_violations;
}

const char *model_violation(const struct gic_model *m, unsigned int i)
{
    return i < m->nr_violations ? m->violations[i] : NULL;
}

void model_clear_violations(struct gic_model *m)
{
    unsigned int i;

    for ( i = 0; i < m->nr_violations; i++ )
        free(m->violations[i]);
    m->nr_violations = 0;
}

static const char *event_names[] = {
    [MODEL_EV_PLPI] = "pLPI",
    [MODEL_EV_DOORBELL] = "doorbell",
    [MODEL_EV_DIRECT] = "direct vLPI",
    [MODEL_EV_VPENDING] = "vLPI pending",
    [MODEL_EV_PPENDING] = "pLPI pending",
    [MODEL_EV_DROPPED] = "dropped",
    [MODEL_EV_VSGI] = "vSGI",
};

void model_event_add(struct gic_model *m, enum model_event_kind kind,
                     unsigned int cpu, uint32_t intid, uint32_t vpeid,
                     uint32_t devid, uint32_t eventid)
{
    struct model_event *e;

    if ( m->nr_events == m->max_events )
        m->events = grow(m->events, &m->max_events, sizeof(*m->events));
    e = &m->events[m->nr_events++];
    e->kind = kind;
    e->cpu = cpu;
    e->intid = intid;
    e->vpeid = vpeid;
    e->devid = devid;
    e->eventid = eventid;
    snprintf(e->text, sizeof(e->text),
             "%s cpu=%u intid=%u vpe=%u dev=%#x ev=%u", event_names[kind],
             cpu, intid, vpeid, devid, eventid);
}

unsigned int model_nr_cmds(const struct gic_model *m)
{
    return m->nr_cmds;
}

const struct model_cmd *model_cmd(const struct gic_model *m, unsigned int i)
{
    return i < m->nr_cmds ? &m->cmds[i] : NULL;
}

unsigned int model_count_cmds(const struct gic_model *m, uint8_t opcode)
{
    unsigned int i, n = 0;

    for ( i = 0; i < m->nr_cmds; i++ )
        n += m->cmds[i].opcode == opcode;
    return n;
}

/* Reserve a record slot for a command (its.c fills it in). */
struct model_cmd *model_cmd_new(struct gic_model *m)
{
    if ( m->nr_cmds == m->max_cmds )
        m->cmds = grow(m->cmds, &m->max_cmds, sizeof(*m->cmds));
    memset(&m->cmds[m->nr_cmds], 0, sizeof(m->cmds[0]));
    return &m->cmds[m->nr_cmds++];
}

unsigned int model_nr_events(const struct gic_model *m)
{
    return m->nr_events;
}

const struct model_event *model_event(const struct gic_model *m,
                                      unsigned int i)
{
    return i < m->nr_events ? &m->events[i] : NULL;
}

unsigned int model_count_events(const struct gic_model *m,
                                enum model_event_kind kind)
{
    unsigned int i, n = 0;

    for ( i = 0; i < m->nr_events; i++ )
        n += m->events[i].kind == kind;
    return n;
}

void model_clear_records(struct gic_model *m)
{
    m->nr_cmds = 0;
    m->nr_events = 0;
}

/* ---- Memory the GIC still uses ---- */

static bool overlaps(uint64_t a, uint64_t alen, uint64_t b, uint64_t blen)
{
    return alen && blen && a < b + blen && b < a + alen;
}

/* Physical address held by a GITS_BASER / CBASER style register. */
uint64_t model_baser_addr(uint64_t reg)
{
    unsigned int psz = FIELD(reg, 9, 8);
    uint64_t pa = reg & MASK(47, 12);

    if ( psz == 2 )
        pa = (reg & MASK(47, 16)) | (FIELD(reg, 15, 12) << 48);
    return pa;
}

uint64_t model_baser_bytes(uint64_t reg)
{
    static const uint64_t psz[4] = { 0x1000, 0x4000, 0x10000, 0x10000 };

    return (FIELD(reg, 7, 0) + 1) * psz[FIELD(reg, 9, 8)];
}

const char *model_find_reference(const struct gic_model *m, const void *p,
                                 size_t size)
{
    static char what[128];
    uint64_t a = (uint64_t)(uintptr_t)p;
    const struct model_device *d;
    unsigned int i, n;

    for ( n = 0; n < m->cfg.nr_its; n++ )
    {
        const struct model_its *its = &m->its[n];

        /* A disabled ITS reads neither its queue nor its tables. */
        if ( its->enabled && (its->cbaser >> 63) &&
             overlaps(a, size, its->cbaser & MASK(51, 12),
                      (FIELD(its->cbaser, 7, 0) + 1) * 0x1000) )
        {
            snprintf(what, sizeof(what), "the command queue of ITS%u "
                     "(GITS_CBASER)", n);
            return what;
        }
        for ( i = 0; its->enabled && i < 8; i++ )
            if ( (its->baser[i] >> 63) &&
                 overlaps(a, size, model_baser_addr(its->baser[i]),
                          model_baser_bytes(its->baser[i])) )
            {
                snprintf(what, sizeof(what), "an ITS table (ITS%u "
                         "GITS_BASER%u)", n, i);
                return what;
            }
        for ( d = its->devices; d; d = d->next )
            if ( overlaps(a, size, d->itt,
                          (uint64_t)d->nr_events * m->cfg.itt_entry_size) )
            {
                snprintf(what, sizeof(what), "the ITT of mapped device %#x",
                         d->devid);
                return what;
            }
    }
    for ( i = 0; i < m->nr_vpes; i++ )
    {
        const struct model_vpe *v = &m->vpes[i];

        if ( !v->valid )
            continue;
        if ( overlaps(a, size, v->vpt, v->vpt_ids / 8) )
        {
            snprintf(what, sizeof(what), "the VPT of mapped vPE %u", i);
            return what;
        }
        if ( v->vconf && overlaps(a, size, v->vconf, v->vpt_ids - FIRST_LPI) )
        {
            snprintf(what, sizeof(what), "the vLPI config table of vPE %u", i);
            return what;
        }
    }
    for ( i = 0; i < m->cfg.nr_cpus; i++ )
    {
        const struct model_rdist *r = &m->rd[i];
        unsigned int ids = 1U << (FIELD(r->propbaser, 4, 0) + 1);

        if ( r->propbaser && overlaps(a, size, r->propbaser & MASK(51, 12),
                                      ids > FIRST_LPI ? ids - FIRST_LPI : 0) )
            return "the LPI property table (GICR_PROPBASER)";
        if ( r->pendbaser && overlaps(a, size, r->pendbaser & MASK(51, 16),
                                      m->nr_lpis / 8) )
            return "an LPI pending table (GICR_PENDBASER)";
        if ( r->resident && m->cfg.version == GIC_V4_0 &&
             overlaps(a, size, r->vpendbaser & MASK(51, 16), 1024) )
            return "the resident vPE's VPT (GICR_VPENDBASER)";
    }
    return NULL;
}
