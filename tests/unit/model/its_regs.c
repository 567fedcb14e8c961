/*
 * tests/unit/model/its_regs.c: the ITS register interface (GITS_*), and
 * translation of device writes (GITS_TRANSLATER) into LPIs and vLPIs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model_int.h"

/* ---- Registers ---- */

static uint64_t its_typer(const struct gic_model *m)
{
    const struct model_config *c = &m->cfg;
    uint64_t r = 1;                                     /* Physical */

    if ( c->version != GIC_V3 )
        r |= 1ULL << 1;                                 /* Virtual */
    r |= (uint64_t)(c->itt_entry_size - 1) << 4;
    r |= (uint64_t)(c->evid_bits - 1) << 8;
    r |= (uint64_t)(c->devid_bits - 1) << 13;
    r |= (uint64_t)c->pta << 19;
    r |= (uint64_t)(c->cid_bits - 1) << 32;
    r |= 1ULL << 36;                                    /* CIL */
    if ( c->version != GIC_V3 )
        r |= (uint64_t)c->vmovp << 37;
    if ( c->version == GIC_V4_1 )
        r |= (1ULL << 39) | (1ULL << 40);               /* VSGI, VMAPP */
    if ( c->version == GIC_V4_1 && c->svpet )
        r |= 1ULL << 41;                                /* SVPET */
    return r;
}

uint64_t model_its_read_at(struct gic_model *m, unsigned int n, uint64_t off,
                           unsigned int size)
{
    struct model_its *its = &m->its[n];
    uint64_t v = 0;

    switch ( off & ~7ULL )
    {
    case M_GITS_CTLR:
        if ( off == M_GITS_IIDR )
            return 0x43b;
        if ( m->cfg.lazy )
            its_process_queue(m, its);
        v = its->enabled;
        if ( m->cfg.version != GIC_V3 )
            v |= (uint64_t)its->number << 4;
        if ( !its->enabled || its->creadr == its->cwriter )
            v |= 1ULL << 31;                            /* Quiescent */
        break;
    case M_GITS_TYPER:
        v = its_typer(m);
        if ( off & 4 )
            v >>= 32;
        break;
    case M_GITS_CBASER:
        v = its->cbaser;
        break;
    case M_GITS_CWRITER:
        v = its->cwriter;
        break;
    case M_GITS_CREADR:
        its_process_queue(m, its);
        v = its->creadr;
        break;
    case M_GITS_BASER0 ... M_GITS_BASER0 + 0x38:
        v = its->baser[(off - M_GITS_BASER0) / 8];
        break;
    case M_GITS_PIDR2 & ~7ULL:
        v = (m->cfg.version == GIC_V3 ? 0x30 : 0x40);
        break;
    default:
        break;
    }
    if ( size == 4 && off == (M_GITS_PIDR2 & ~7ULL) + 4 )
        return 0;
    return size == 8 ? v : (uint32_t)v;
}

static uint64_t baser_write(struct gic_model *m, struct model_its *its,
                            unsigned int i, uint64_t val)
{
    uint64_t ro = MASK(58, 56) | MASK(52, 48);
    uint64_t type = FIELD(its->baser[i], 58, 56);

    if ( type == 0 )
        return 0;
    if ( val & MASK(62, 62) )
        model_violation_add(m, "GITS_BASER%u: Indirect set, the model has flat "
                            "tables only", i);
    val &= ~(ro | MASK(62, 62));
    val |= its->baser[i] & ro;
    if ( m->cfg.non_shareable )
        val &= ~MASK(11, 10);
    if ( FIELD(val, 9, 8) < 3 && !(m->cfg.page_sizes & (1U << FIELD(val, 9, 8))) )
    {
        /*
         * Unsupported page size: it reads back as a smaller supported
         * one, or the smallest supported one if none is smaller.
         */
        int psz = FIELD(val, 9, 8);

        while ( psz >= 0 && !(m->cfg.page_sizes & (1U << psz)) )
            psz--;
        if ( psz < 0 )
            for ( psz = 0; psz < 2 && !(m->cfg.page_sizes & (1U << psz)); )
                psz++;
        val &= ~MASK(9, 8);
        val |= (uint64_t)psz << 8;
        return val;
    }
    if ( (val >> 63) )
    {
        unsigned int psz = FIELD(val, 9, 8);
        uint64_t align = psz == 0 ? 0x1000 : psz == 1 ? 0x4000 : 0x10000;
        uint64_t pa = psz == 2 ? (val & MASK(47, 16)) |
                                 (FIELD(val, 15, 12) << 48)
                               : val & MASK(47, 12);

        if ( psz == 3 )
            model_violation_add(m, "GITS_BASER%u: reserved page size", i);
        if ( pa & (align - 1) )
            model_violation_add(m, "GITS_BASER%u: table %#llx not aligned to "
                                "its page size", i, (unsigned long long)pa);
        model_mem(m, pa, (FIELD(val, 7, 0) + 1) * align, "an ITS table");
    }
    return val;
}

void model_its_write_at(struct gic_model *m, unsigned int n, uint64_t off,
                        uint64_t val, unsigned int size)
{
    struct model_its *its = &m->its[n];
    uint64_t qsize;

    switch ( off )
    {
    case M_GITS_CTLR:
        /*
         * ITS_Number [7:4] (GICv4): RW while the ITS is disabled, unless
         * this ITS has a fixed number; Quiescent [31] is read-only.
         */
        if ( m->cfg.version != GIC_V3 && !m->cfg.its_number_ro )
        {
            if ( !its->enabled )
                its->number = FIELD(val, 7, 4);
            else if ( FIELD(val, 7, 4) != its->number )
                model_violation_add(m, "GITS_CTLR.ITS_Number written (%u -> "
                                    "%u) while the ITS is enabled",
                                    its->number,
                                    (unsigned int)FIELD(val, 7, 4));
        }
        its->enabled = val & 1;
        if ( val & (MASK(30, 9) | MASK(3, 2)) )
            model_violation_add(m, "GITS_CTLR: RES0 bits written %#llx",
                                (unsigned long long)val);
        if ( its->enabled && !m->cfg.lazy )
            its_process_queue(m, its);
        break;
    case M_GITS_CBASER:
        if ( its->enabled )
            model_violation_add(m, "GITS_CBASER written while the ITS is "
                                "enabled (UNPREDICTABLE)");
        if ( m->cfg.non_shareable )
            val &= ~MASK(11, 10);
        if ( val & (MASK(62, 62) | MASK(58, 56) | MASK(52, 52) |
                    MASK(9, 8)) )
            model_violation_add(m, "GITS_CBASER: RES0 bits written %#llx",
                                (unsigned long long)val);
        if ( val >> 63 )
            model_mem(m, val & MASK(51, 12), (FIELD(val, 7, 0) + 1) * 0x1000,
                      "the command queue");
        its->cbaser = val;
        its->creadr = 0;
        break;
    case M_GITS_CWRITER:
        qsize = (FIELD(its->cbaser, 7, 0) + 1) * 0x1000;
        if ( val & ~MASK(19, 5) )
            model_violation_add(m, "GITS_CWRITER: bits outside Offset written "
                                "%#llx", (unsigned long long)val);
        val &= MASK(19, 5);
        if ( val >= qsize )
        {
            model_violation_add(m, "GITS_CWRITER %#llx beyond the %#llx byte "
                                "queue", (unsigned long long)val,
                                (unsigned long long)qsize);
            break;
        }
        its->cwriter = val;
        if ( !m->cfg.lazy )
            its_process_queue(m, its);
        break;
    case M_GITS_BASER0 ... M_GITS_BASER0 + 0x38:
        if ( size != 8 )
        {
            model_violation_add(m, "GITS_BASER: 32-bit access");
            break;
        }
        if ( its->enabled )
            model_violation_add(m, "GITS_BASER%u written while the ITS is "
                                "enabled (UNPREDICTABLE)",
                                (unsigned int)((off - M_GITS_BASER0) / 8));
        its->baser[(off - M_GITS_BASER0) / 8] =
            baser_write(m, its, (off - M_GITS_BASER0) / 8, val);
        break;
    case M_GITS_TRANSLATER:
        model_violation_add(m, "GITS_TRANSLATER written by the CPU: use "
                            "model_device_write()");
        break;
    default:
        model_violation_add(m, "write to unimplemented ITS register %#llx",
                            (unsigned long long)off);
    }
}

/* ---- Delivery from devices ---- */

enum model_event_kind model_device_write_at(struct gic_model *m,
                                            unsigned int n, uint32_t devid,
                                            uint32_t eventid)
{
    struct model_its *its = &m->its[n];
    struct model_device *d;
    struct model_ite *ite;
    unsigned int before = m->nr_events;

    if ( m->cfg.lazy )
        its_process_queue(m, its);
    d = model_find_device(its, devid);
    if ( !its->enabled || !d || eventid >= d->nr_events ||
         !d->ites[eventid].valid )
    {
        model_event_add(m, MODEL_EV_DROPPED, 0, 0, 0, devid, eventid);
        return MODEL_EV_DROPPED;
    }
    ite = &d->ites[eventid];
    if ( ite->virt )
        model_signal_vlpi(m, ite->vpeid, ite->intid, ite->doorbell, devid,
                          eventid);
    else if ( !its->colls[ite->icid].valid )
        model_event_add(m, MODEL_EV_DROPPED, 0, ite->intid, 0, devid, eventid);
    else
        model_signal_plpi(m, its->colls[ite->icid].cpu, ite->intid, false,
                          devid, eventid);

    /* The first event this write caused says what happened. */
    return m->nr_events > before ? m->events[before].kind : MODEL_EV_DROPPED;
}

enum model_event_kind model_device_write(struct gic_model *m, uint32_t devid,
                                         uint32_t eventid)
{
    return model_device_write_at(m, 0, devid, eventid);
}

bool model_translate_at(const struct gic_model *m, unsigned int n,
                        uint32_t devid, uint32_t eventid, bool *is_virtual,
                        uint32_t *intid, uint32_t *vpeid_or_icid,
                        uint32_t *doorbell)
{
    const struct model_device *d = model_find_device(&m->its[n], devid);
    const struct model_ite *ite;

    if ( !d || eventid >= d->nr_events || !d->ites[eventid].valid )
        return false;
    ite = &d->ites[eventid];
    if ( is_virtual )
        *is_virtual = ite->virt;
    if ( intid )
        *intid = ite->intid;
    if ( vpeid_or_icid )
        *vpeid_or_icid = ite->virt ? ite->vpeid : ite->icid;
    if ( doorbell )
        *doorbell = ite->virt ? ite->doorbell : NO_DOORBELL;
    return true;
}

bool model_translate(const struct gic_model *m, uint32_t devid,
                     uint32_t eventid, bool *is_virtual, uint32_t *intid,
                     uint32_t *vpeid_or_icid, uint32_t *doorbell)
{
    return model_translate_at(m, 0, devid, eventid, is_virtual, intid,
                              vpeid_or_icid, doorbell);
}

uint64_t model_its_read(struct gic_model *m, uint64_t off, unsigned int size)
{
    return model_its_read_at(m, 0, off, size);
}

void model_its_write(struct gic_model *m, uint64_t off, uint64_t val,
                     unsigned int size)
{
    model_its_write_at(m, 0, off, val, size);
}

bool model_vpe_mapped(const struct gic_model *m, uint32_t vpeid)
{
    return vpeid < m->nr_vpes && m->vpes[vpeid].valid;
}

int model_vpe_cpu(const struct gic_model *m, uint32_t vpeid)
{
    return model_vpe_mapped(m, vpeid) ? (int)m->vpes[vpeid].cpu : -1;
}
