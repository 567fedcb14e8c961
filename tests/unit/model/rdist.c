/*
 * tests/unit/model/rdist.c: redistributors, LPI configuration caching and
 * the delivery of physical and virtual LPIs.
 *
 * Caching is modelled pessimistically, so that a missing invalidation is
 * observable: the physical LPI configuration is read from memory only
 * when LPIs get enabled (GICR_CTLR.EnableLPIs 0->1) and when software
 * invalidates it (INV, INVALL, GICR_INVLPIR, GICR_INVALLR).  A vLPI's
 * configuration is read when it is mapped, when invalidated (INV,
 * VINVALL, GICv4.1 GICR_INVLPIR/INVALLR) and, on GICv4.0, whenever its
 * vPE becomes resident (GICR_VPROPBASER then names the table).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model_int.h"

uint64_t model_rdbase(const struct gic_model *m, unsigned int cpu)
{
    return m->cfg.pta ? model_rdist_base(m, cpu) >> 16 : cpu;
}

int model_cpu_of_rdbase(const struct gic_model *m, uint64_t rdbase)
{
    unsigned int cpu;

    for ( cpu = 0; cpu < m->cfg.nr_cpus; cpu++ )
        if ( model_rdbase(m, cpu) == rdbase )
            return cpu;
    return -1;
}

/* ---- Configuration tables and their caches ---- */

static const struct model_rdist *prop_rdist(const struct gic_model *m)
{
    unsigned int cpu;

    /* The property table is shared; use the first redistributor with one. */
    for ( cpu = 0; cpu < m->cfg.nr_cpus; cpu++ )
        if ( m->rd[cpu].propbaser )
            return &m->rd[cpu];
    return NULL;
}

uint8_t model_read_lpi_cfg_mem(struct gic_model *m, uint32_t intid)
{
    const struct model_rdist *rd = prop_rdist(m);
    uint64_t ids;
    const uint8_t *table;

    if ( !rd || intid < FIRST_LPI )
        return 0;
    ids = 1ULL << (FIELD(rd->propbaser, 4, 0) + 1);
    if ( intid >= ids || intid >= m->nr_lpis )
        return 0;
    table = model_mem(m, (rd->propbaser & MASK(51, 12)) + intid - FIRST_LPI,
                      1, "the LPI property table");
    return table ? *table : 0;
}

/*
 * Each redistributor caches the configuration of the LPIs it raises: an
 * invalidation (INV/INVALL for a collection, GICR_INVLPIR/INVALLR,
 * INVDB) refreshes the copy of the redistributor it targets only.
 */
void model_reload_lpi(struct gic_model *m, unsigned int cpu, uint32_t intid)
{
    if ( intid < m->nr_lpis )
        LPI_CFG(m, cpu, intid) = model_read_lpi_cfg_mem(m, intid);
}

void model_reload_all_lpis(struct gic_model *m, unsigned int cpu)
{
    const struct model_rdist *rd = prop_rdist(m);
    const uint8_t *table;
    uint64_t ids;
    uint32_t i;

    memset(&LPI_CFG(m, cpu, 0), 0, m->nr_lpis);
    if ( !rd )
        return;
    ids = 1ULL << (FIELD(rd->propbaser, 4, 0) + 1);
    if ( ids > m->nr_lpis )
        ids = m->nr_lpis;
    if ( ids <= FIRST_LPI )
        return;
    /* One check for the whole table, then read it. */
    table = model_mem(m, rd->propbaser & MASK(51, 12), ids - FIRST_LPI,
                      "the LPI property table");
    for ( i = FIRST_LPI; table && i < ids; i++ )
        LPI_CFG(m, cpu, i) = table[i - FIRST_LPI];
}

bool model_lpi_cached_enabled_at(const struct gic_model *m, unsigned int cpu,
                                 uint32_t intid)
{
    return cpu < m->cfg.nr_cpus && intid < m->nr_lpis &&
           (LPI_CFG(m, cpu, intid) & 1);
}

/* Enabled in the copy of any redistributor (a stale copy counts). */
bool model_lpi_cached_enabled(const struct gic_model *m, uint32_t intid)
{
    unsigned int cpu;

    for ( cpu = 0; cpu < m->cfg.nr_cpus; cpu++ )
        if ( model_lpi_cached_enabled_at(m, cpu, intid) )
            return true;
    return false;
}

bool model_vlpi_cached_enabled(const struct gic_model *m, uint32_t vpeid,
                               uint32_t vintid)
{
    const struct model_vpe *v;

    if ( vpeid >= m->nr_vpes )
        return false;
    v = &m->vpes[vpeid];
    return v->vcfg && vintid < v->vpt_ids && (v->vcfg[vintid] & 1);
}

/*
 * Where the vPE's vLPI configuration lives now, 0 when unknown: on 4.1 the
 * VCONF of its VMAPP; on 4.0 GICR_VPROPBASER, but only while the vPE is
 * resident there (the register belongs to whichever VM is scheduled).
 */
static uint64_t vconf_table(const struct gic_model *m,
                            const struct model_vpe *v)
{
    const struct model_rdist *rd = &m->rd[v->cpu];

    if ( m->cfg.version == GIC_V4_1 )
        return v->vconf;
    if ( rd->resident && rd->res_vpe == (int)(v - m->vpes) && rd->vpropbaser )
        return rd->vpropbaser & MASK(51, 12);
    return 0;
}

void model_reload_vlpi(struct gic_model *m, uint32_t vpeid, uint32_t vintid)
{
    struct model_vpe *v = &m->vpes[vpeid];
    uint64_t table = vconf_table(m, v);

    if ( !v->vcfg || vintid < FIRST_LPI || vintid >= v->vpt_ids || !table )
        return;
    if ( m->cfg.version == GIC_V4_0 &&
         vintid >= (1ULL << (FIELD(m->rd[v->cpu].vpropbaser, 4, 0) + 1)) )
    {
        v->vcfg[vintid] = 0;            /* beyond VPROPBASER.IDbits */
        return;
    }
    {
        const uint8_t *p = model_mem(m, table + vintid - FIRST_LPI, 1,
                                     "a vLPI configuration table");

        v->vcfg[vintid] = p ? *p : 0;
    }
}

void model_reload_all_vlpis(struct gic_model *m, uint32_t vpeid)
{
    struct model_vpe *v = &m->vpes[vpeid];
    uint64_t base = vconf_table(m, v), ids = v->vpt_ids;
    const uint8_t *table;
    uint32_t i;

    /* On 4.0 the table holds the IDs GICR_VPROPBASER.IDbits says. */
    if ( m->cfg.version == GIC_V4_0 )
        ids = MIN(ids, 1ULL << (FIELD(m->rd[v->cpu].vpropbaser, 4, 0) + 1));
    if ( !v->vcfg || !base || ids <= FIRST_LPI )
        return;
    memset(v->vcfg, 0, v->vpt_ids);
    table = model_mem(m, base, ids - FIRST_LPI, "a vLPI configuration table");
    for ( i = FIRST_LPI; table && i < ids; i++ )
        v->vcfg[i] = table[i - FIRST_LPI];
}

void model_reload_doorbell(struct gic_model *m, unsigned int cpu,
                           uint32_t vpeid)
{
    if ( m->vpes[vpeid].default_db != NO_DOORBELL )
        model_reload_lpi(m, cpu, m->vpes[vpeid].default_db);
}

/* ---- Pending state in memory ---- */

static uint8_t *pend_byte(const struct gic_model *m, unsigned int cpu,
                          uint32_t intid)
{
    const struct model_rdist *rd = &m->rd[cpu];

    if ( !rd->pendbaser || intid >= m->nr_lpis )
        return NULL;
    return model_mem((struct gic_model *)m,
                     (rd->pendbaser & MASK(51, 16)) + intid / 8, 1,
                     "an LPI pending table");
}

static uint8_t *vpt_byte(const struct gic_model *m, uint32_t vpeid,
                         uint32_t vintid)
{
    const struct model_vpe *v = &m->vpes[vpeid];

    if ( !v->valid || vintid >= v->vpt_ids )
        return NULL;
    return model_mem((struct gic_model *)m, v->vpt + vintid / 8, 1,
                     "a virtual pending table");
}

bool model_lpi_pending(const struct gic_model *m, unsigned int cpu,
                       uint32_t intid)
{
    const uint8_t *p = pend_byte(m, cpu, intid);

    return p && (*p & (1U << (intid % 8)));
}

bool model_vlpi_pending(const struct gic_model *m, uint32_t vpeid,
                        uint32_t vintid)
{
    const uint8_t *p;

    if ( vpeid >= m->nr_vpes )
        return false;
    p = vpt_byte(m, vpeid, vintid);
    return p && (*p & (1U << (vintid % 8)));
}

void model_clear_plpi(struct gic_model *m, unsigned int cpu, uint32_t intid)
{
    uint8_t *p = pend_byte(m, cpu, intid);

    if ( p )
        *p &= ~(1U << (intid % 8));
}

void model_clear_vlpi(struct gic_model *m, uint32_t vpeid, uint32_t vintid)
{
    uint8_t *p = vpt_byte(m, vpeid, vintid);

    if ( p )
        *p &= ~(1U << (vintid % 8));
}

/* ---- Delivery ---- */

void model_signal_plpi(struct gic_model *m, unsigned int cpu, uint32_t intid,
                       bool doorbell, uint32_t devid, uint32_t eventid)
{
    uint8_t *p = pend_byte(m, cpu, intid);

    if ( !(m->rd[cpu].ctlr & 1) || !(LPI_CFG(m, cpu, intid) & 1) )
    {
        /* LPIs off, or this one disabled: it stays pending in memory. */
        if ( p )
            *p |= 1U << (intid % 8);
        model_event_add(m, MODEL_EV_PPENDING, cpu, intid, 0, devid, eventid);
        return;
    }

    /*
     * Signalled to the CPU interface, and pending until the CPU
     * acknowledges it (model_lpi_acknowledge()): a DISCARD or CLEAR
     * before that removes it.
     */
    if ( p )
        *p |= 1U << (intid % 8);
    model_event_add(m, doorbell ? MODEL_EV_DOORBELL : MODEL_EV_PLPI, cpu,
                    intid, 0, devid, eventid);
    if ( m->deliver )
    {
        m->delivering++;
        m->deliver(m, cpu, intid, m->deliver_opaque);
        m->delivering--;
    }
}

bool model_lpi_acknowledge(struct gic_model *m, unsigned int cpu,
                           uint32_t intid)
{
    uint8_t *p;

    if ( cpu >= m->cfg.nr_cpus )
        return false;
    p = pend_byte(m, cpu, intid);
    if ( !p )
        return true;            /* no pending table: nothing to track */
    if ( !(*p & (1U << (intid % 8))) )
        return false;
    *p &= ~(1U << (intid % 8));
    return true;
}

int model_vpe_resident_cpu(const struct gic_model *m, uint32_t vpeid)
{
    unsigned int cpu;

    for ( cpu = 0; cpu < m->cfg.nr_cpus; cpu++ )
        if ( m->rd[cpu].resident && m->rd[cpu].res_vpe == (int)vpeid )
            return cpu;
    return -1;
}

/*
 * Resident where it is: on GICv4.0 that is where VMAPP/VMOVP put it (the
 * model flags anything else); on GICv4.1 any redistributor, as they all
 * share the vPE table (GICR_TYPER.CommonLPIAff = 0) and no VMOVP is
 * needed between them.
 */
static bool vpe_resident(const struct gic_model *m, uint32_t vpeid)
{
    return m->vpes[vpeid].valid && model_vpe_resident_cpu(m, vpeid) >= 0;
}

void model_signal_vlpi(struct gic_model *m, uint32_t vpeid, uint32_t vintid,
                       uint32_t doorbell, uint32_t devid, uint32_t eventid)
{
    struct model_vpe *v = &m->vpes[vpeid];
    bool enabled;
    uint8_t *p;

    if ( !v->valid )
    {
        model_event_add(m, MODEL_EV_DROPPED, 0, vintid, vpeid, devid, eventid);
        return;
    }
    enabled = v->vcfg && vintid < v->vpt_ids && (v->vcfg[vintid] & 1);

    if ( vpe_resident(m, vpeid) && enabled )
    {
        model_event_add(m, MODEL_EV_DIRECT, model_vpe_resident_cpu(m, vpeid),
                        vintid, vpeid, devid, eventid);
        return;
    }

    p = vpt_byte(m, vpeid, vintid);
    if ( p )
        *p |= 1U << (vintid % 8);
    model_event_add(m, MODEL_EV_VPENDING, v->cpu, vintid, vpeid, devid,
                    eventid);
    if ( vpe_resident(m, vpeid) )
        return;

    if ( m->cfg.version == GIC_V4_0 )
    {
        if ( doorbell != NO_DOORBELL )
            model_signal_plpi(m, v->cpu, doorbell, true, devid, eventid);
    }
    else if ( v->db_armed && enabled && v->default_db != NO_DOORBELL )
    {
        v->db_armed = false;
        model_signal_plpi(m, v->cpu, v->default_db, true, devid, eventid);
    }
}

/* Any pending and enabled vLPI in the vPE's VPT? */
static bool vpt_has_pending(const struct gic_model *m, uint32_t vpeid)
{
    const struct model_vpe *v = &m->vpes[vpeid];
    uint32_t i;

    for ( i = FIRST_LPI; v->valid && i < v->vpt_ids; i++ )
        if ( model_vlpi_pending(m, vpeid, i) && v->vcfg && (v->vcfg[i] & 1) )
            return true;
    return false;
}

/* A vPE became resident: what its VPT holds goes to the vCPU interface. */
static void vpe_scheduled(struct gic_model *m, unsigned int cpu, int vpeid)
{
    struct model_rdist *rd = &m->rd[cpu];
    struct model_vpe *v;
    uint32_t i;
    int other = vpeid < 0 ? -1 : model_vpe_resident_cpu(m, vpeid);

    if ( other >= 0 && other != (int)cpu )
        model_violation_add(m, "vPE %d made resident on CPU%u while it is "
                            "resident on CPU%d (GICR_VPENDBASER.Valid=1 there):"
                            " two redistributors own one VPT", vpeid, cpu,
                            other);
    rd->resident = true;
    rd->res_vpe = vpeid;
    rd->dirty_left = m->cfg.dirty_reads;
    rd->dirty_polled = m->cfg.dirty_reads == 0;
    rd->pending_last = false;
    if ( vpeid < 0 )
        return;
    v = &m->vpes[vpeid];
    if ( v->cpu != cpu && m->cfg.version == GIC_V4_0 )
        model_violation_add(m, "vPE %d mapped to CPU%u (VMAPP/VMOVP) made "
                            "resident on CPU%u", vpeid, v->cpu, cpu);
    v->db_armed = false;
    if ( m->cfg.version == GIC_V4_0 )
        model_reload_all_vlpis(m, vpeid);
    for ( i = FIRST_LPI; i < v->vpt_ids; i++ )
        if ( model_vlpi_pending(m, vpeid, i) && v->vcfg && (v->vcfg[i] & 1) )
        {
            model_clear_vlpi(m, vpeid, i);
            model_event_add(m, MODEL_EV_DIRECT, cpu, i, vpeid, 0, 0);
        }
}

static void vpendbaser_write(struct gic_model *m, unsigned int cpu,
                             uint64_t val)
{
    struct model_rdist *rd = &m->rd[cpu];
    bool valid = val >> 63;
    uint64_t res0;

    if ( m->cfg.version == GIC_V4_0 )
        res0 = MASK(59, 59) | MASK(55, 52) | MASK(15, 12) | MASK(6, 0);
    else
        res0 = MASK(57, 16) | (MASK(15, 0) & ~MASK(m->cfg.vpeid_bits - 1, 0));
    if ( val & res0 )
        model_violation_add(m, "GICR_VPENDBASER(CPU%u): RES0 bits written "
                            "%#llx", cpu, (unsigned long long)(val & res0));

    if ( rd->resident )
    {
        if ( valid )
        {
            model_violation_add(m, "GICR_VPENDBASER(CPU%u) written with "
                                "Valid=1 while Valid=1 (UNPREDICTABLE)", cpu);
            return;
        }
        /* Descheduled: report whether anything is left pending. */
        rd->pending_last = rd->res_vpe >= 0 &&
                           vpt_has_pending(m, rd->res_vpe);
        if ( m->cfg.version == GIC_V4_1 && rd->res_vpe >= 0 &&
             (val & M_VPENDBASER_41_DB) && !rd->pending_last )
            m->vpes[rd->res_vpe].db_armed = true;
        rd->resident = false;
        rd->vpendbaser = val & ~(M_VPENDBASER_PENDINGLAST |
                                 M_VPENDBASER_DIRTY);
        if ( m->cfg.version == GIC_V4_0 && m->cfg.idai_on_deschedule &&
             rd->res_vpe >= 0 )
        {
            rd->vpendbaser |= M_VPENDBASER_IDAI;
            m->vpes[rd->res_vpe].idai_reported = true;
        }
        return;
    }

    rd->vpendbaser = val & ~(M_VPENDBASER_PENDINGLAST | M_VPENDBASER_DIRTY);
    if ( !valid )
        return;

    if ( m->cfg.version == GIC_V4_1 )
    {
        uint32_t vpeid = val & MASK(15, 0);

        if ( !(rd->vpropbaser >> 63) )
            model_violation_add(m, "GICR_VPENDBASER(CPU%u): vPE %u made "
                                "resident while GICR_VPROPBASER.Valid=0", cpu,
                                vpeid);
        if ( vpeid >= m->nr_vpes || !m->vpes[vpeid].valid )
        {
            model_violation_add(m, "GICR_VPENDBASER(CPU%u): vPE %u made "
                                "resident but not mapped (VMAPP)", cpu, vpeid);
            vpe_scheduled(m, cpu, -1);
            return;
        }
        vpe_scheduled(m, cpu, vpeid);
    }
    else
    {
        uint64_t vpt = val & MASK(51, 16);
        int found = -1;
        unsigned int i;

        if ( !rd->vpropbaser )
            model_violation_add(m, "GICR_VPENDBASER(CPU%u): made valid before "
                                "GICR_VPROPBASER was set", cpu);
        for ( i = 0; i < m->nr_vpes; i++ )
            if ( m->vpes[i].valid && m->vpes[i].vpt == vpt )
                found = i;
        /*
         * IDAI=0 promises that the first 1KB (the IMPLEMENTATION DEFINED
         * area) holds what the GIC left there; this model leaves zeros.
         */
        if ( !(val & M_VPENDBASER_IDAI) && vpt )
        {
            const uint8_t *p = model_mem(m, vpt, FIRST_LPI / 8,
                                         "a virtual pending table");

            for ( i = 0; p && i < FIRST_LPI / 8; i++ )
                if ( p[i] )
                {
                    model_violation_add(m, "GICR_VPENDBASER(CPU%u): IDAI=0 "
                                        "but the VPT's IMPLEMENTATION DEFINED "
                                        "area (first 1KB) is not as the GIC "
                                        "left it", cpu);
                    break;
                }
        }
        if ( found >= 0 && m->vpes[found].idai_reported &&
             !(val & M_VPENDBASER_IDAI) )
            model_violation_add(m, "GICR_VPENDBASER(CPU%u): vPE %d made "
                                "resident with IDAI=0 although its last "
                                "deschedule read IDAI=1", cpu, found);
        if ( found >= 0 )
            m->vpes[found].idai_reported = false;
        vpe_scheduled(m, cpu, found);
    }
}

static uint64_t vpendbaser_read(struct gic_model *m, unsigned int cpu)
{
    struct model_rdist *rd = &m->rd[cpu];
    uint64_t v = rd->vpendbaser & ~(M_VPENDBASER_PENDINGLAST |
                                    M_VPENDBASER_DIRTY);

    if ( rd->dirty_stuck )
    {
        /* Still parsing or writing back: PendingLast is UNKNOWN (0 here). */
        v |= M_VPENDBASER_DIRTY | (rd->resident ? M_VPENDBASER_VALID : 0);
        return v & ~M_VPENDBASER_PENDINGLAST;
    }
    if ( rd->resident )
    {
        v |= M_VPENDBASER_VALID;
        if ( rd->dirty_left )
        {
            rd->dirty_left--;
            v |= M_VPENDBASER_DIRTY;
        }
        else
            rd->dirty_polled = true;
    }
    else
    {
        v &= ~M_VPENDBASER_VALID;
        if ( rd->pending_last )
            v |= M_VPENDBASER_PENDINGLAST;
    }
    return v;
}

void model_enter_guest(struct gic_model *m, unsigned int cpu)
{
    struct model_rdist *rd = &m->rd[cpu];

    if ( m->cfg.version == GIC_V4_1 && rd->resident && !rd->dirty_polled )
        model_violation_add(m, "entering the guest on CPU%u with vPE %d "
                            "resident before GICR_VPENDBASER.Dirty read as 0",
                            cpu, rd->res_vpe);
}

void model_set_dirty_stuck(struct gic_model *m, unsigned int cpu, bool stuck)
{
    m->rd[cpu].dirty_stuck = stuck;
}

void model_fail_rd_inv(struct gic_model *m, unsigned int cpu, unsigned int n)
{
    m->rd[cpu].inv_fail = n;
}

bool model_rd_syncr_busy(const struct gic_model *m, unsigned int cpu)
{
    return m->rd[cpu].syncr_busy;
}

int model_resident_vpe(const struct gic_model *m, unsigned int cpu)
{
    return m->rd[cpu].resident ? m->rd[cpu].res_vpe : -1;
}

bool model_pending_last(const struct gic_model *m, unsigned int cpu)
{
    return m->rd[cpu].pending_last;
}

bool model_vpe_doorbell_armed(const struct gic_model *m, uint32_t vpeid)
{
    return vpeid < m->nr_vpes && m->vpes[vpeid].db_armed;
}

/* ---- Registers ---- */

static uint64_t rd_typer(const struct gic_model *m, unsigned int cpu)
{
    uint64_t r = 1;                                     /* PLPIS */

    if ( m->cfg.version != GIC_V3 )
        r |= 1ULL << 1;                                 /* VLPIS */
    if ( (m->cfg.direct_lpi || m->cfg.version == GIC_V4_1) &&
         !(m->cfg.rd_no_direct_lpi & (1U << cpu)) )
        r |= 1ULL << 3;                                 /* DirectLPI */
    if ( cpu == m->cfg.nr_cpus - 1 )
        r |= 1ULL << 4;                                 /* Last */
    r |= (uint64_t)cpu << 8;                            /* Processor_Number */
    if ( m->cfg.version == GIC_V4_1 )
        r |= (1ULL << 2) | (1ULL << 7) | (1ULL << 26);  /* Dirty RVPEID VSGI */
    if ( m->cfg.rd_no_rvpeid & (1U << cpu) )
        r &= ~(1ULL << 7);
    r |= (uint64_t)cpu << 32;                           /* Aff0 */
    return r;
}

uint64_t model_rdist_read(struct gic_model *m, unsigned int cpu, uint64_t off,
                          unsigned int size)
{
    struct model_rdist *rd = &m->rd[cpu];
    uint64_t v = 0;
    bool hi = false;

    if ( size == 4 && (off & 4) && off != M_GICR_IIDR && off != M_GICR_WAKER )
    {
        hi = true;
        off -= 4;
    }
    switch ( off )
    {
    case M_GICR_CTLR:
        v = rd->ctlr;
        break;
    case M_GICR_IIDR:
        v = 0x43b;
        break;
    case M_GICR_TYPER:
        v = rd_typer(m, cpu);
        break;
    case M_GICR_PROPBASER:
        v = rd->propbaser;
        break;
    case M_GICR_PENDBASER:
        v = rd->pendbaser & ~(1ULL << 62);
        break;
    case M_GICR_SYNCR:
        if ( rd->syncr_busy )
        {
            v = 1;
            break;
        }
        v = 0;                                          /* never busy */
        break;
    case M_GICR_PIDR2:
        v = m->cfg.version == GIC_V3 ? 0x30 : 0x40;
        break;
    case M_GICR_VPROPBASER:
        v = m->cfg.version == GIC_V3 ? 0 : rd->vpropbaser;
        break;
    case M_GICR_VPENDBASER:
        v = m->cfg.version == GIC_V3 ? 0 : vpendbaser_read(m, cpu);
        break;
    default:
        break;
    }
    if ( hi )
        v >>= 32;
    return size == 8 ? v : (uint32_t)v;
}

static void lpi_baser_write(struct gic_model *m, unsigned int cpu,
                            uint64_t *reg, uint64_t val, uint64_t res0,
                            const char *name)
{
    if ( m->rd[cpu].ctlr & 1 )
        model_violation_add(m, "%s(CPU%u) written while GICR_CTLR.EnableLPIs=1"
                            " (UNPREDICTABLE)", name, cpu);
    if ( val & res0 )
        model_violation_add(m, "%s(CPU%u): RES0 bits written %#llx", name, cpu,
                            (unsigned long long)(val & res0));
    if ( m->cfg.non_shareable )
        val &= ~MASK(11, 10);
    *reg = val;
}

/*
 * GICv4.1 with GITS_TYPER.SVPET != 0: an ITS and the redistributors share
 * one vPE table, so what GICR_VPROPBASER describes (4K pages here; the
 * model has flat tables only) must be the table of the ITS's GITS_BASER
 * of type vPE, with the same entry size.  (The model's redistributors
 * all share one affinity, GICR_TYPER.CommonLPIAff = 0.)
 */
static void check_shared_vpe_table(struct gic_model *m, unsigned int cpu,
                                   uint64_t val)
{
    static const uint64_t psz[4] = { 0x1000, 0x4000, 0x10000, 0x10000 };
    uint64_t addr = val & MASK(51, 12);
    uint64_t bytes = (FIELD(val, 6, 0) + 1) * psz[FIELD(val, 54, 53)];
    unsigned int i, b;

    if ( !m->cfg.svpet )
        return;
    for ( i = 0; i < m->cfg.nr_its; i++ )
        for ( b = 0; b < 8; b++ )
        {
            uint64_t baser = m->its[i].baser[b];

            if ( FIELD(baser, 58, 56) != 2 )
                continue;
            if ( !(baser >> 63) )
                model_violation_add(m, "GICR_VPROPBASER(CPU%u): valid while "
                                    "ITS%u, which shares the vPE table "
                                    "(SVPET), has none", cpu, i);
            else if ( model_baser_addr(baser) != addr ||
                      model_baser_bytes(baser) != bytes ||
                      FIELD(baser, 52, 48) + 1 !=
                      (FIELD(val, 61, 59) + 1) * 8 )
                model_violation_add(m, "GICR_VPROPBASER(CPU%u): vPE table "
                                    "%#llx (%llu bytes) is not the one of "
                                    "ITS%u %#llx (%llu bytes), which shares "
                                    "it (GITS_TYPER.SVPET)", cpu,
                                    (unsigned long long)addr,
                                    (unsigned long long)bytes, i,
                                    (unsigned long long)model_baser_addr(baser),
                                    (unsigned long long)model_baser_bytes(baser));
        }
}

void model_rdist_write(struct gic_model *m, unsigned int cpu, uint64_t off,
                       uint64_t val, unsigned int size)
{
    struct model_rdist *rd = &m->rd[cpu];
    bool v41 = m->cfg.version == GIC_V4_1;

    switch ( off )
    {
    case M_GICR_CTLR:
        if ( (val & 1) && !(rd->ctlr & 1) )
        {
            uint64_t ids = 1ULL << (FIELD(rd->propbaser, 4, 0) + 1);

            if ( !rd->propbaser || !rd->pendbaser )
                model_violation_add(m, "GICR_CTLR(CPU%u).EnableLPIs set before"
                                    " PROPBASER/PENDBASER", cpu);
            else
            {
                /* Both tables must cover every ID PROPBASER.IDbits allows. */
                if ( ids > FIRST_LPI )
                    model_mem(m, rd->propbaser & MASK(51, 12), ids - FIRST_LPI,
                              "the LPI property table");
                model_mem(m, rd->pendbaser & MASK(51, 16), ids / 8,
                          "an LPI pending table");
            }
            rd->ctlr |= 1;
            model_reload_all_lpis(m, cpu);
        }
        break;
    case M_GICR_WAKER:
        break;
    case M_GICR_PROPBASER:
        lpi_baser_write(m, cpu, &rd->propbaser, val,
                        MASK(63, 59) | MASK(55, 52) | MASK(6, 5),
                        "GICR_PROPBASER");
        if ( FIELD(val, 4, 0) + 1 > m->cfg.lpi_id_bits )
            model_violation_add(m, "GICR_PROPBASER(CPU%u): IDbits %llu beyond "
                                "GICD_TYPER.IDbits", cpu,
                                (unsigned long long)FIELD(val, 4, 0));
        break;
    case M_GICR_PENDBASER:
        lpi_baser_write(m, cpu, &rd->pendbaser, val,
                        MASK(63, 63) | MASK(61, 59) | MASK(55, 52) |
                        MASK(15, 12) | MASK(6, 0), "GICR_PENDBASER");
        break;
    case M_GICR_INVLPIR:
    case M_GICR_INVALLR:
        rd->syncr_busy = false;
        if ( rd->inv_fail )
        {
            /* A redistributor that hangs: no effect, SYNCR stays busy. */
            rd->inv_fail--;
            rd->syncr_busy = true;
            break;
        }
        if ( (val >> 63) && !v41 )
        {
            model_violation_add(m, "GICR_INV%sR(CPU%u): V set before GICv4.1",
                                off == M_GICR_INVLPIR ? "LPI" : "ALL", cpu);
            break;
        }
        if ( val >> 63 )
        {
            uint32_t vpeid = FIELD(val, 47, 32);

            if ( vpeid >= m->nr_vpes || !m->vpes[vpeid].valid )
            {
                model_violation_add(m, "GICR_INV%sR(CPU%u): vPE %u not mapped",
                                    off == M_GICR_INVLPIR ? "LPI" : "ALL", cpu,
                                    vpeid);
                break;
            }
            if ( off == M_GICR_INVALLR )
                model_reload_all_vlpis(m, vpeid);
            else if ( FIELD(val, 31, 0) >= FIRST_LPI )
                model_reload_vlpi(m, vpeid, FIELD(val, 31, 0));
            else
                model_reload_doorbell(m, cpu, vpeid);
        }
        else if ( off == M_GICR_INVALLR )
            model_reload_all_lpis(m, cpu);
        else
            model_reload_lpi(m, cpu, FIELD(val, 31, 0));
        break;
    case M_GICR_VPROPBASER:
        if ( m->cfg.version == GIC_V3 )
            goto bad;
        if ( rd->resident )
            model_violation_add(m, "GICR_VPROPBASER(CPU%u) written while a vPE"
                                " is resident", cpu);
        if ( val & (v41 ? MASK(62, 62)
                        : MASK(63, 59) | MASK(55, 52) | MASK(6, 5)) )
            model_violation_add(m, "GICR_VPROPBASER(CPU%u): RES0 bits written "
                                "%#llx", cpu, (unsigned long long)val);
        if ( v41 )
        {
            /* Entry_Size is read-only. */
            val = (val & ~MASK(61, 59)) | (rd->vpropbaser & MASK(61, 59));
            if ( val >> 63 )
                check_shared_vpe_table(m, cpu, val);
        }
        rd->vpropbaser = val;
        break;
    case M_GICR_VPENDBASER:
        if ( m->cfg.version == GIC_V3 )
            goto bad;
        vpendbaser_write(m, cpu, val);
        break;
    default:
        goto bad;
    }
    return;

 bad:
    model_violation_add(m, "write to unimplemented GICR register %#llx "
                        "(CPU%u, %s)", (unsigned long long)off, cpu,
                        m->cfg.version == GIC_V3 ? "GICv3" : "GICv4");
}
