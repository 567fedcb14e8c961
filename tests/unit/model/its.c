/*
 * tests/unit/model/its.c: the ITS register interface and its commands.
 *
 * A command is decoded in full before it is checked, so every violation
 * names the command as software wrote it.  Checks come in three kinds:
 * bits that must be zero (RES0, or a field that does not exist in the
 * selected GIC version), IDs outside what GITS_TYPER / the tables allow,
 * and state rules (mapping over a live mapping, using an unmapped
 * device, collection or vPE).  A command with a violation is still
 * applied where that is meaningful, as hardware would do something.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model_int.h"

/* A decoded command: every field of every command, by name. */
struct its_cmd {
    uint8_t op;
    uint32_t devid, eventid, intid, icid, vpeid, vintid, doorbell;
    uint32_t size, seqnum, itslist, default_db, sgi, priority;
    uint64_t itt, rdbase, rdbase2, vpt, vconf;
    bool valid, d, db, alloc, ptz, enable, clear, group;
};

/* Bits each command defines, per doubleword, by version. */
struct cmd_layout {
    const char *name;
    uint64_t used[4];
    uint64_t used_v41[4];       /* extra bits that exist in GICv4.1 */
    bool virt;                  /* needs GITS_TYPER.Virtual */
    bool v41_only;
};

#define DW0_OP      MASK(7, 0)
#define DW0_DEVID   MASK(63, 32)
#define DW1_EVENTID MASK(31, 0)
#define DW1_VPEID   MASK(47, 32)
#define DW2_ICID    MASK(15, 0)
#define DW2_RDBASE  MASK(51, 16)
#define DW2_V       MASK(63, 63)

static const struct cmd_layout layouts[256] = {
    [ITS_OP_MAPD] = { "MAPD", { DW0_OP | DW0_DEVID, MASK(4, 0),
                                MASK(51, 8) | DW2_V, 0 } },
    [ITS_OP_MAPC] = { "MAPC", { DW0_OP, 0, DW2_ICID | DW2_RDBASE | DW2_V, 0 } },
    [ITS_OP_MAPTI] = { "MAPTI", { DW0_OP | DW0_DEVID,
                                  DW1_EVENTID | MASK(63, 32), DW2_ICID, 0 } },
    [ITS_OP_MAPI] = { "MAPI", { DW0_OP | DW0_DEVID, DW1_EVENTID, DW2_ICID, 0 } },
    [ITS_OP_INV] = { "INV", { DW0_OP | DW0_DEVID, DW1_EVENTID, 0, 0 } },
    [ITS_OP_INT] = { "INT", { DW0_OP | DW0_DEVID, DW1_EVENTID, 0, 0 } },
    [ITS_OP_CLEAR] = { "CLEAR", { DW0_OP | DW0_DEVID, DW1_EVENTID, 0, 0 } },
    [ITS_OP_DISCARD] = { "DISCARD", { DW0_OP | DW0_DEVID, DW1_EVENTID, 0, 0 } },
    [ITS_OP_MOVI] = { "MOVI", { DW0_OP | DW0_DEVID, DW1_EVENTID, DW2_ICID, 0 } },
    [ITS_OP_INVALL] = { "INVALL", { DW0_OP, 0, DW2_ICID, 0 } },
    [ITS_OP_MOVALL] = { "MOVALL", { DW0_OP, 0, DW2_RDBASE, MASK(51, 16) } },
    [ITS_OP_SYNC] = { "SYNC", { DW0_OP, 0, DW2_RDBASE, 0 } },
    [ITS_OP_VMAPP] = { "VMAPP", { DW0_OP, DW1_VPEID, DW2_RDBASE | DW2_V,
                                  MASK(51, 16) | MASK(4, 0) },
                       { MASK(51, 16) | MASK(9, 8), MASK(31, 0), 0,
                         MASK(7, 5) }, true },
    [ITS_OP_VMAPTI] = { "VMAPTI", { DW0_OP | DW0_DEVID, DW1_EVENTID | DW1_VPEID,
                                    MASK(31, 0) | MASK(63, 32), 0 }, {}, true },
    [ITS_OP_VMAPI] = { "VMAPI", { DW0_OP | DW0_DEVID, DW1_EVENTID | DW1_VPEID,
                                  MASK(63, 32), 0 }, {}, true },
    [ITS_OP_VMOVI] = { "VMOVI", { DW0_OP | DW0_DEVID, DW1_EVENTID | DW1_VPEID,
                                  MASK(0, 0) | MASK(63, 32), 0 }, {}, true },
    [ITS_OP_VMOVP] = { "VMOVP", { DW0_OP | MASK(47, 32), MASK(15, 0) | DW1_VPEID,
                                  DW2_RDBASE, 0 },
                       { 0, 0, DW2_V, MASK(31, 0) }, true },
    [ITS_OP_VSYNC] = { "VSYNC", { DW0_OP, DW1_VPEID, 0, 0 }, {}, true },
    [ITS_OP_VINVALL] = { "VINVALL", { DW0_OP, DW1_VPEID, 0, 0 }, {}, true },
    [ITS_OP_INVDB] = { "INVDB", { DW0_OP, DW1_VPEID, 0, 0 }, {}, true, true },
    [ITS_OP_VSGI] = { "VSGI", { DW0_OP | MASK(10, 8) | MASK(23, 20) |
                                MASK(35, 32), DW1_VPEID, 0, 0 }, {}, true, true },
};

static void decode(const uint64_t raw[4], struct its_cmd *c)
{
    memset(c, 0, sizeof(*c));
    c->op = FIELD(raw[0], 7, 0);
    c->devid = FIELD(raw[0], 63, 32);
    c->eventid = FIELD(raw[1], 31, 0);
    c->size = FIELD(raw[1], 4, 0);
    c->vpeid = FIELD(raw[1], 47, 32);
    c->icid = FIELD(raw[2], 15, 0);
    c->valid = FIELD(raw[2], 63, 63);
    c->rdbase = FIELD(raw[2], 51, 16);
    switch ( c->op )
    {
    case ITS_OP_MAPD:
        c->itt = raw[2] & MASK(51, 8);
        break;
    case ITS_OP_MAPTI:
        c->intid = FIELD(raw[1], 63, 32);
        break;
    case ITS_OP_MAPI:
        c->intid = c->eventid;
        break;
    case ITS_OP_MOVALL:
        c->rdbase2 = FIELD(raw[3], 51, 16);
        break;
    case ITS_OP_VMAPP:
        c->alloc = FIELD(raw[0], 8, 8);
        c->ptz = FIELD(raw[0], 9, 9);
        c->vconf = raw[0] & MASK(51, 16);
        c->default_db = FIELD(raw[1], 31, 0);
        c->vpt = raw[3] & MASK(51, 16);
        c->size = FIELD(raw[3], 7, 0);
        break;
    case ITS_OP_VMAPTI:
        c->vintid = FIELD(raw[2], 31, 0);
        c->doorbell = FIELD(raw[2], 63, 32);
        break;
    case ITS_OP_VMAPI:
        c->vintid = c->eventid;
        c->doorbell = FIELD(raw[2], 63, 32);
        break;
    case ITS_OP_VMOVI:
        c->d = FIELD(raw[2], 0, 0);
        c->doorbell = FIELD(raw[2], 63, 32);
        break;
    case ITS_OP_VMOVP:
        c->seqnum = FIELD(raw[0], 47, 32);
        c->itslist = FIELD(raw[1], 15, 0);
        c->db = FIELD(raw[2], 63, 63);
        c->default_db = FIELD(raw[3], 31, 0);
        break;
    case ITS_OP_VSGI:
        c->enable = FIELD(raw[0], 8, 8);
        c->clear = FIELD(raw[0], 9, 9);
        c->group = FIELD(raw[0], 10, 10);
        c->priority = FIELD(raw[0], 23, 20) << 4;
        c->sgi = FIELD(raw[0], 35, 32);
        break;
    }
}

static void describe(const struct its_cmd *c, const char *name, char *buf,
                     size_t len)
{
    switch ( c->op )
    {
    case ITS_OP_MAPD:
        snprintf(buf, len, "MAPD dev=%#x size=%u itt=%#llx V=%u", c->devid,
                 c->size, (unsigned long long)c->itt, c->valid);
        break;
    case ITS_OP_MAPC:
        snprintf(buf, len, "MAPC icid=%u rdbase=%#llx V=%u", c->icid,
                 (unsigned long long)c->rdbase, c->valid);
        break;
    case ITS_OP_MAPTI:
    case ITS_OP_MAPI:
        snprintf(buf, len, "%s dev=%#x ev=%u pintid=%u icid=%u", name,
                 c->devid, c->eventid, c->intid, c->icid);
        break;
    case ITS_OP_INV: case ITS_OP_INT: case ITS_OP_CLEAR: case ITS_OP_DISCARD:
        snprintf(buf, len, "%s dev=%#x ev=%u", name, c->devid, c->eventid);
        break;
    case ITS_OP_MOVI:
        snprintf(buf, len, "MOVI dev=%#x ev=%u icid=%u", c->devid, c->eventid,
                 c->icid);
        break;
    case ITS_OP_INVALL:
        snprintf(buf, len, "INVALL icid=%u", c->icid);
        break;
    case ITS_OP_MOVALL:
        snprintf(buf, len, "MOVALL rd1=%#llx rd2=%#llx",
                 (unsigned long long)c->rdbase, (unsigned long long)c->rdbase2);
        break;
    case ITS_OP_SYNC:
        snprintf(buf, len, "SYNC rdbase=%#llx", (unsigned long long)c->rdbase);
        break;
    case ITS_OP_VMAPP:
        snprintf(buf, len, "VMAPP vpe=%u rdbase=%#llx V=%u vpt=%#llx "
                 "vpt_size=%u default_db=%u vconf=%#llx alloc=%u ptz=%u",
                 c->vpeid, (unsigned long long)c->rdbase, c->valid,
                 (unsigned long long)c->vpt, c->size, c->default_db,
                 (unsigned long long)c->vconf, c->alloc, c->ptz);
        break;
    case ITS_OP_VMAPTI:
    case ITS_OP_VMAPI:
        snprintf(buf, len, "%s dev=%#x ev=%u vpe=%u vintid=%u db=%u", name,
                 c->devid, c->eventid, c->vpeid, c->vintid, c->doorbell);
        break;
    case ITS_OP_VMOVI:
        snprintf(buf, len, "VMOVI dev=%#x ev=%u vpe=%u D=%u db=%u", c->devid,
                 c->eventid, c->vpeid, c->d, c->doorbell);
        break;
    case ITS_OP_VMOVP:
        snprintf(buf, len, "VMOVP vpe=%u rdbase=%#llx seq=%u itslist=%#x "
                 "DB=%u default_db=%u", c->vpeid,
                 (unsigned long long)c->rdbase, c->seqnum, c->itslist, c->db,
                 c->default_db);
        break;
    case ITS_OP_VSYNC: case ITS_OP_VINVALL: case ITS_OP_INVDB:
        snprintf(buf, len, "%s vpe=%u", name, c->vpeid);
        break;
    case ITS_OP_VSGI:
        snprintf(buf, len, "VSGI vpe=%u sgi=%u prio=%#x G=%u C=%u E=%u",
                 c->vpeid, c->sgi, c->priority, c->group, c->clear,
                 c->enable);
        break;
    default:
        snprintf(buf, len, "UNKNOWN(%#x)", c->op);
    }
}

struct model_device *model_find_device(const struct model_its *its,
                                       uint32_t devid)
{
    struct model_device *d;

    for ( d = its->devices; d; d = d->next )
        if ( d->devid == devid )
            return d;
    return NULL;
}

/* Entries a GITS_BASER of @type provides, 0 when it is not valid. */
static uint64_t table_entries(const struct gic_model *m, unsigned int type)
{
    static const uint64_t psz[4] = { 0x1000, 0x4000, 0x10000, 0x10000 };
    unsigned int i;

    for ( i = 0; i < 8; i++ )
    {
        uint64_t r = m->cur_its->baser[i];

        if ( FIELD(r, 58, 56) != type )
            continue;
        if ( !(r >> 63) )
            return 0;
        return (FIELD(r, 7, 0) + 1) * psz[FIELD(r, 9, 8)] /
               (FIELD(r, 52, 48) + 1);
    }
    return 0;
}

static bool lpi_ok(const struct gic_model *m, uint32_t intid)
{
    return intid >= FIRST_LPI && intid < m->nr_lpis;
}

static bool check_devid(struct gic_model *m, const struct its_cmd *c)
{
    if ( c->devid >= (1ULL << m->cfg.devid_bits) )
    {
        model_violation_add(m, "DeviceID %#x out of range (GITS_TYPER.Devbits "
                            "gives %u bits)", c->devid, m->cfg.devid_bits);
        return false;
    }
    if ( c->devid >= table_entries(m, 1) )
    {
        model_violation_add(m, "DeviceID %#x beyond the device table "
                            "(GITS_BASER type Device: %llu entries)", c->devid,
                            (unsigned long long)table_entries(m, 1));
        return false;
    }
    return true;
}

static struct model_device *need_device(struct gic_model *m,
                                        const struct its_cmd *c)
{
    struct model_device *d;

    if ( !check_devid(m, c) )
        return NULL;
    d = model_find_device(m->cur_its, c->devid);
    if ( !d )
    {
        model_violation_add(m, "device %#x is not mapped (no MAPD)", c->devid);
        return NULL;
    }
    if ( c->eventid >= d->nr_events )
    {
        model_violation_add(m, "EventID %u out of range for device %#x "
                            "(ITT of %u events)", c->eventid, c->devid,
                            d->nr_events);
        return NULL;
    }
    return d;
}

static struct model_ite *need_ite(struct gic_model *m, const struct its_cmd *c)
{
    struct model_device *d = need_device(m, c);

    if ( !d )
        return NULL;
    if ( !d->ites[c->eventid].valid )
    {
        model_violation_add(m, "event %u of device %#x is not mapped",
                            c->eventid, c->devid);
        return NULL;
    }
    return &d->ites[c->eventid];
}

static bool check_icid(struct gic_model *m, uint32_t icid, bool need_mapped)
{
    if ( icid >= m->nr_colls || icid >= table_entries(m, 4) )
    {
        model_violation_add(m, "ICID %u out of range (%u collection bits, "
                            "%llu table entries)", icid, m->cfg.cid_bits,
                            (unsigned long long)table_entries(m, 4));
        return false;
    }
    if ( need_mapped && !m->cur_its->colls[icid].valid )
    {
        model_violation_add(m, "collection %u is not mapped (no MAPC)", icid);
        return false;
    }
    return true;
}

static struct model_vpe *need_vpe(struct gic_model *m, uint32_t vpeid,
                                  bool need_mapped)
{
    if ( vpeid >= m->nr_vpes || vpeid >= table_entries(m, 2) )
    {
        model_violation_add(m, "vPEID %u out of range (%u vPEs, %llu vPE "
                            "table entries)", vpeid, m->nr_vpes,
                            (unsigned long long)table_entries(m, 2));
        return NULL;
    }
    if ( need_mapped && !(m->vpes[vpeid].its_mask & (1U << m->cur_its->idx)) )
    {
        model_violation_add(m, "vPE %u is not mapped on ITS%u (no VMAPP)",
                            vpeid, m->cur_its->idx);
        return NULL;
    }
    return &m->vpes[vpeid];
}

/* The per-vLPI doorbell field of VMAPTI/VMAPI/VMOVI. */
static bool check_vlpi_doorbell(struct gic_model *m, uint32_t db)
{
    if ( m->cfg.version == GIC_V4_1 )
    {
        if ( db != NO_DOORBELL )
        {
            model_violation_add(m, "per-vLPI doorbell %u on GICv4.1 (only "
                                "the vPE's default doorbell exists; use 1023)",
                                db);
            return false;
        }
        return true;
    }
    if ( db != NO_DOORBELL && !lpi_ok(m, db) )
    {
        model_violation_add(m, "doorbell pINTID %u is neither 1023 nor a "
                            "valid LPI", db);
        return false;
    }
    return true;
}

static void map_event(struct gic_model *m, const struct its_cmd *c, bool virt)
{
    struct model_device *d = need_device(m, c);
    struct model_vpe *v = NULL;
    struct model_ite *ite;

    if ( !d )
        return;
    if ( virt )
    {
        v = need_vpe(m, c->vpeid, true);
        if ( !v )
            return;
        if ( c->vintid < FIRST_LPI || c->vintid >= v->vpt_ids )
        {
            model_violation_add(m, "vINTID %u out of range (vPE %u VPT holds "
                                "%u IDs)", c->vintid, c->vpeid, v->vpt_ids);
            return;
        }
        check_vlpi_doorbell(m, c->doorbell);
    }
    else
    {
        if ( !lpi_ok(m, c->intid) )
        {
            model_violation_add(m, "pINTID %u out of the LPI range [8192, %u)",
                                c->intid, m->nr_lpis);
            return;
        }
        if ( !check_icid(m, c->icid, false) )
            return;
    }

    ite = &d->ites[c->eventid];
    if ( ite->valid )
        model_violation_add(m, "event %u of device %#x is already mapped "
                            "(%s %u): mapping over it is UNPREDICTABLE",
                            c->eventid, c->devid, ite->virt ? "vINTID" : "pINTID",
                            ite->intid);
    if ( ite->valid && ite->virt )
        m->vpes[ite->vpeid].nr_maps[m->cur_its->idx]--;

    ite->valid = true;
    ite->virt = virt;
    if ( virt )
    {
        ite->intid = c->vintid;
        ite->vpeid = c->vpeid;
        ite->doorbell = c->doorbell;
        v->nr_maps[m->cur_its->idx]++;
        /* Mapping an event loads the vLPI's configuration. */
        model_reload_vlpi(m, c->vpeid, c->vintid);
    }
    else
    {
        ite->intid = c->intid;
        ite->icid = c->icid;
    }
}

static void cmd_mapd(struct gic_model *m, const struct its_cmd *c)
{
    struct model_device *d, **pp;

    if ( !check_devid(m, c) )
        return;

    for ( pp = &m->cur_its->devices; *pp; pp = &(*pp)->next )
        if ( (*pp)->devid == c->devid )
            break;
    d = *pp;

    if ( !c->valid )
    {
        unsigned int i;

        if ( !d )
            return;
        for ( i = 0; i < d->nr_events; i++ )
            if ( d->ites[i].valid && d->ites[i].virt )
                m->vpes[d->ites[i].vpeid].nr_maps[m->cur_its->idx]--;
        *pp = d->next;
        free(d->ites);
        free(d);
        return;
    }

    if ( c->size + 1 > m->cfg.evid_bits )
        model_violation_add(m, "Size %u exceeds GITS_TYPER.ID_bits (%u bits)",
                            c->size, m->cfg.evid_bits);
    if ( !c->itt )
        model_violation_add(m, "ITT address is 0");
    else if ( c->size + 1 <= m->cfg.evid_bits )
        /* The whole ITT must be memory software gave the ITS. */
        model_mem(m, c->itt, (size_t)m->cfg.itt_entry_size << (c->size + 1),
                  "an ITT");
    if ( d )
    {
        /* Remapping replaces the ITT: old translations are gone. */
        free(d->ites);
    }
    else
    {
        d = calloc(1, sizeof(*d));
        if ( !d )
            abort();
        d->next = m->cur_its->devices;
        m->cur_its->devices = d;
    }
    d->devid = c->devid;
    d->itt = c->itt;
    d->nr_events = 1U << (c->size + 1);
    d->ites = calloc(d->nr_events, sizeof(*d->ites));
    if ( !d->ites )
        abort();
}

static void cmd_mapc(struct gic_model *m, const struct its_cmd *c)
{
    int cpu;

    if ( !check_icid(m, c->icid, false) )
        return;
    if ( !c->valid )
    {
        m->cur_its->colls[c->icid].valid = false;
        return;
    }
    cpu = model_cpu_of_rdbase(m, c->rdbase);
    if ( cpu < 0 )
    {
        model_violation_add(m, "RDbase %#llx names no redistributor (PTA=%u)",
                            (unsigned long long)c->rdbase, m->cfg.pta);
        return;
    }
    m->cur_its->colls[c->icid].valid = true;
    m->cur_its->colls[c->icid].cpu = cpu;
}

/*
 * GICv4.1 VMAPP: Alloc says "first map of the vPE on any ITS" (V=1) or
 * "last unmap" (V=0), and PTZ (the VPT is known to be zero) only means
 * something with Alloc.  Checked before the command changes the state.
 */
static void check_alloc_ptz(struct gic_model *m, const struct its_cmd *c,
                            const struct model_vpe *v, unsigned int its)
{
    uint32_t others = v->its_mask & ~(1U << its);

    if ( c->valid && c->ptz && !c->alloc )
        model_violation_add(m, "PTZ=1 without Alloc=1 (PTZ is only "
                            "meaningful on the first map of the vPE)");
    if ( c->valid && !c->alloc && !others )
        model_violation_add(m, "first map of vPE %u (no other ITS maps it) "
                            "without Alloc=1", c->vpeid);
    if ( c->valid && c->alloc && others )
        model_violation_add(m, "Alloc=1 while ITS mask %#x already maps vPE "
                            "%u", others, c->vpeid);
    if ( !c->valid && c->alloc && others )
        model_violation_add(m, "Alloc=1 on an unmap of vPE %u while ITS mask "
                            "%#x still maps it (Alloc belongs to the last "
                            "unmap)", c->vpeid, others);
    if ( !c->valid && !c->alloc && !others && (v->its_mask & (1U << its)) )
        model_violation_add(m, "last unmap of vPE %u without Alloc=1",
                            c->vpeid);
}

static void cmd_vmapp(struct gic_model *m, const struct its_cmd *c)
{
    struct model_vpe *v = need_vpe(m, c->vpeid, false);
    unsigned int its = m->cur_its->idx;
    uint32_t vpt_ids = 1U << ((c->size + 1) > 24 ? 24 : c->size + 1);
    int cpu;

    if ( !v )
        return;
    if ( m->cfg.version == GIC_V4_1 )
        check_alloc_ptz(m, c, v, its);
    if ( !c->valid )
    {
        if ( !(v->its_mask & (1U << its)) )
            model_violation_add(m, "unmapping vPE %u that is not mapped on "
                                "ITS%u", c->vpeid, its);
        if ( v->nr_maps[its] )
            model_violation_add(m, "unmapping vPE %u while %u vLPI mappings "
                                "still target it (DISCARD them first)",
                                c->vpeid, v->nr_maps[its]);
        v->its_mask &= ~(1U << its);
        if ( v->its_mask )
            return;
        if ( model_vpe_resident_cpu(m, c->vpeid) >= 0 )
            model_violation_add(m, "unmapping vPE %u while it is resident",
                                c->vpeid);
        v->valid = false;
        free(v->vcfg);
        v->vcfg = NULL;
        return;
    }

    if ( v->its_mask & (1U << its) )
        model_violation_add(m, "vPE %u is already mapped (use VMOVP to move "
                            "it)", c->vpeid);
    cpu = model_cpu_of_rdbase(m, c->rdbase);
    if ( cpu < 0 )
    {
        model_violation_add(m, "RDbase %#llx names no redistributor",
                            (unsigned long long)c->rdbase);
        return;
    }
    if ( !c->vpt )
        model_violation_add(m, "VPT address is 0");
    else
        model_mem(m, c->vpt, vpt_ids / 8, "a virtual pending table");
    if ( c->size + 1 > m->cfg.lpi_id_bits || c->size + 1 < 14 )
        model_violation_add(m, "VPT_size %u: %u ID bits not in [14, %u]",
                            c->size, c->size + 1, m->cfg.lpi_id_bits);
    if ( m->cfg.version == GIC_V4_1 )
    {
        if ( !c->vconf )
            model_violation_add(m, "VCONF address is 0 on GICv4.1");
        else
            model_mem(m, c->vconf, vpt_ids - FIRST_LPI,
                      "a vLPI configuration table");
        if ( c->default_db != NO_DOORBELL && !lpi_ok(m, c->default_db) )
            model_violation_add(m, "default doorbell %u is neither 1023 nor "
                                "a valid LPI", c->default_db);
    }

    if ( v->its_mask & ~(1U << its) )
    {
        /* Mapped on another ITS already: this one must agree. */
        if ( v->vpt != c->vpt || v->cpu != (unsigned int)cpu ||
             v->vpt_ids != vpt_ids ||
             (m->cfg.version == GIC_V4_1 && v->vconf != c->vconf) )
            model_violation_add(m, "vPE %u is mapped on another ITS with a "
                                "different VPT, size or redistributor",
                                c->vpeid);
        v->its_mask |= 1U << its;
        return;
    }

    {
        unsigned int maps[MODEL_MAX_ITS];

        memcpy(maps, v->nr_maps, sizeof(maps));     /* ITEs naming the ID */
        free(v->vcfg);
        memset(v, 0, sizeof(*v));
        memcpy(v->nr_maps, maps, sizeof(maps));
    }
    v->valid = true;
    v->its_mask = 1U << its;
    v->cpu = cpu;
    v->vpt = c->vpt;
    v->vpt_ids = vpt_ids;
    v->vconf = m->cfg.version == GIC_V4_1 ? c->vconf : 0;
    v->default_db = m->cfg.version == GIC_V4_1 ? c->default_db : NO_DOORBELL;
    v->vcfg = calloc(v->vpt_ids, 1);
    if ( !v->vcfg )
        abort();
    if ( m->cfg.version == GIC_V4_1 )
        model_reload_all_vlpis(m, c->vpeid);
}

static int move_pos(const struct model_its *its, uint32_t vpeid, uint16_t seq)
{
    unsigned int i;

    for ( i = 0; i < its->nr_moves; i++ )
        if ( its->moves[i].vpeid == vpeid && its->moves[i].seq == seq )
            return i;
    return -1;
}

/*
 * Every ITS must see the ITS-list VMOVPs in the same order (the spec's
 * rule for GITS_TYPER.VMOVP=0, which software meets by serialising
 * them): a move this ITS ran before the current one must not come after
 * it on another ITS of both lists.  And the list names ITSes exactly.
 */
static void vmovp_order(struct gic_model *m, const struct its_cmd *c)
{
    struct model_its *me = m->cur_its;
    uint32_t numbers = 0;
    unsigned int i, j;

    for ( i = 0; i < m->cfg.nr_its; i++ )
        numbers |= 1U << m->its[i].number;
    if ( c->itslist & ~numbers )
        model_violation_add(m, "ITS list %#x names ITS_Number(s) %#x that no "
                            "ITS has", c->itslist, c->itslist & ~numbers);

    for ( i = 0; i < m->cfg.nr_its; i++ )
    {
        const struct model_its *o = &m->its[i];
        int pos = move_pos(o, c->vpeid, c->seqnum);

        if ( o == me || pos < 0 )
            continue;
        /* @o ran this move at @pos: every earlier one of mine before it. */
        for ( j = 0; j < me->nr_moves; j++ )
        {
            const struct model_move_rec *r = &me->moves[j];
            int opos;

            if ( !(r->list & (1U << o->number)) )
                continue;
            opos = move_pos(o, r->vpeid, r->seq);
            if ( opos < 0 || opos > pos )
                model_violation_add(m, "ITS-list VMOVPs out of order: ITS %u "
                                    "ran vPE %u seq %u before vPE %u seq %u, "
                                    "ITS %u the other way round",
                                    me->number, r->vpeid, r->seq, c->vpeid,
                                    c->seqnum, o->number);
        }
    }
    if ( me->nr_moves < sizeof(me->moves) / sizeof(me->moves[0]) )
        me->moves[me->nr_moves++] = (struct model_move_rec){
            .vpeid = c->vpeid, .seq = c->seqnum, .list = c->itslist };
}

/*
 * Without GITS_TYPER.VMOVP, one move is a VMOVP to every ITS that maps the
 * vPE, all with the same SequenceNumber and ITSList, and no other move of
 * that vPE may start before the last one was issued.
 */
static void vmovp_its_list(struct gic_model *m, struct model_vpe *v,
                           const struct its_cmd *c, unsigned int cpu)
{
    unsigned int me = m->cur_its->number, i;

    if ( !(c->itslist & (1U << me)) )
    {
        model_violation_add(m, "ITS list %#x does not name this ITS (%u); "
                            "GITS_TYPER.VMOVP=0 requires it", c->itslist, me);
        return;
    }
    for ( i = 0; i < m->cfg.nr_its; i++ )
        if ( (v->its_mask & (1U << i)) &&
             !(c->itslist & (1U << m->its[i].number)) )
            model_violation_add(m, "ITS list %#x omits ITS %u, which maps "
                                "vPE %u", c->itslist, m->its[i].number,
                                c->vpeid);
    if ( v->move.open && v->move.seq != c->seqnum )
        model_violation_add(m, "VMOVP with sequence number %u while the move "
                            "with %u has not reached ITS list %#x yet (got "
                            "%#x)", c->seqnum, v->move.seq, v->move.list,
                            v->move.done);
    else if ( v->move.open && (v->move.list != c->itslist ||
                               v->move.cpu != cpu) )
        model_violation_add(m, "VMOVP sequence %u: ITS list or target differ "
                            "from the same move on another ITS", c->seqnum);
    if ( !v->move.open || v->move.seq != c->seqnum )
    {
        v->move.open = true;
        v->move.seq = c->seqnum;
        v->move.list = c->itslist;
        v->move.cpu = cpu;
        v->move.done = 0;
    }
    v->move.done |= 1U << me;
    if ( (v->move.done & v->move.list) == v->move.list )
        v->move.open = false;
    vmovp_order(m, c);
}

static void cmd_vmovp(struct gic_model *m, const struct its_cmd *c)
{
    struct model_vpe *v = need_vpe(m, c->vpeid, true);
    int cpu;

    if ( !v )
        return;
    cpu = model_cpu_of_rdbase(m, c->rdbase);
    if ( cpu < 0 )
    {
        model_violation_add(m, "RDbase %#llx names no redistributor",
                            (unsigned long long)c->rdbase);
        return;
    }
    if ( !m->cfg.vmovp )
        vmovp_its_list(m, v, c, cpu);
    if ( model_vpe_resident_cpu(m, c->vpeid) >= 0 &&
         cpu != model_vpe_resident_cpu(m, c->vpeid) )
        model_violation_add(m, "moving vPE %u away from CPU%d while it is "
                            "resident there", c->vpeid,
                            model_vpe_resident_cpu(m, c->vpeid));
    if ( m->cfg.version == GIC_V4_1 && c->db )
    {
        if ( c->default_db != NO_DOORBELL && !lpi_ok(m, c->default_db) )
            model_violation_add(m, "default doorbell %u invalid",
                                c->default_db);
        v->default_db = c->default_db;
    }
    v->cpu = cpu;
}

static void cmd_vmovi(struct gic_model *m, const struct its_cmd *c)
{
    struct model_ite *ite = need_ite(m, c);
    struct model_vpe *v;

    if ( !ite )
        return;
    if ( !ite->virt )
    {
        model_violation_add(m, "event is a physical LPI: VMOVI needs a vLPI");
        return;
    }
    v = need_vpe(m, c->vpeid, true);
    if ( !v )
        return;
    if ( c->d )
        check_vlpi_doorbell(m, c->doorbell);
    else if ( c->doorbell )
        model_violation_add(m, "doorbell %u given with D=0", c->doorbell);
    if ( c->vpeid != ite->vpeid )
    {
        m->vpes[ite->vpeid].nr_maps[m->cur_its->idx]--;
        v->nr_maps[m->cur_its->idx]++;
        ite->vpeid = c->vpeid;
        model_reload_vlpi(m, c->vpeid, ite->intid);
    }
    ite->doorbell = c->d ? c->doorbell : NO_DOORBELL;
}

static void run_command(struct gic_model *m, const uint64_t raw[4])
{
    const struct cmd_layout *l;
    struct model_cmd *rec = model_cmd_new(m);
    struct its_cmd c;
    struct model_ite *ite;
    unsigned int i;

    decode(raw, &c);
    l = &layouts[c.op];
    memcpy(rec->raw, raw, sizeof(rec->raw));
    rec->its = m->cur_its->idx;
    rec->opcode = c.op;
    rec->name = l->name ? l->name : "UNKNOWN";
    describe(&c, rec->name, rec->text, sizeof(rec->text));
    m->cur = rec;

    if ( !l->name )
    {
        model_violation_add(m, "unknown command opcode %#x", c.op);
        goto out;
    }
    if ( l->virt && m->cfg.version == GIC_V3 )
    {
        model_violation_add(m, "virtual command on a GICv3 ITS "
                            "(GITS_TYPER.Virtual=0)");
        goto out;
    }
    if ( l->v41_only && m->cfg.version != GIC_V4_1 )
    {
        model_violation_add(m, "%s exists only in GICv4.1", l->name);
        goto out;
    }
    for ( i = 0; i < 4; i++ )
    {
        uint64_t used = l->used[i];
        uint64_t bad;

        if ( m->cfg.version == GIC_V4_1 )
            used |= l->used_v41[i];
        bad = raw[i] & ~used;
        if ( !bad )
            continue;
        if ( c.op == ITS_OP_VMAPP && i == 1 && (bad & MASK(31, 0)) )
            model_violation_add(m, "default doorbell field (DW1[31:0]=%u) "
                                "set on GICv4.0: it exists only in GICv4.1",
                                (uint32_t)(raw[1] & MASK(31, 0)));
        else
            model_violation_add(m, "RES0 bits set in DW%u: %#llx", i,
                                (unsigned long long)bad);
    }

    switch ( c.op )
    {
    case ITS_OP_MAPD:
        cmd_mapd(m, &c);
        break;
    case ITS_OP_MAPC:
        cmd_mapc(m, &c);
        break;
    case ITS_OP_MAPTI:
    case ITS_OP_MAPI:
        map_event(m, &c, false);
        break;
    case ITS_OP_VMAPTI:
    case ITS_OP_VMAPI:
        map_event(m, &c, true);
        break;
    case ITS_OP_INV:
        ite = need_ite(m, &c);
        if ( !ite )
            break;
        if ( ite->virt )
            model_reload_vlpi(m, ite->vpeid, ite->intid);
        else if ( check_icid(m, ite->icid, true) )
            model_reload_lpi(m, m->cur_its->colls[ite->icid].cpu, ite->intid);
        break;
    case ITS_OP_INT:
    case ITS_OP_CLEAR:
        ite = need_ite(m, &c);
        if ( !ite )
            break;
        if ( ite->virt )
        {
            if ( c.op == ITS_OP_INT )
                model_signal_vlpi(m, ite->vpeid, ite->intid, ite->doorbell,
                                  c.devid, c.eventid);
            else
                model_clear_vlpi(m, ite->vpeid, ite->intid);
        }
        else if ( check_icid(m, ite->icid, true) )
        {
            if ( c.op == ITS_OP_INT )
                model_signal_plpi(m, m->cur_its->colls[ite->icid].cpu,
                                  ite->intid, false, c.devid, c.eventid);
            else
                model_clear_plpi(m, m->cur_its->colls[ite->icid].cpu,
                                 ite->intid);
        }
        break;
    case ITS_OP_DISCARD:
        ite = need_ite(m, &c);
        if ( !ite )
            break;
        if ( ite->virt )
        {
            model_clear_vlpi(m, ite->vpeid, ite->intid);
            m->vpes[ite->vpeid].nr_maps[m->cur_its->idx]--;
        }
        else if ( m->cur_its->colls[ite->icid].valid )
            model_clear_plpi(m, m->cur_its->colls[ite->icid].cpu, ite->intid);
        memset(ite, 0, sizeof(*ite));
        break;
    case ITS_OP_MOVI:
        ite = need_ite(m, &c);
        if ( !ite )
            break;
        if ( ite->virt )
        {
            model_violation_add(m, "MOVI on a vLPI mapping (use VMOVI)");
            break;
        }
        if ( check_icid(m, c.icid, true) )
            ite->icid = c.icid;
        break;
    case ITS_OP_INVALL:
        if ( check_icid(m, c.icid, true) )
            model_reload_all_lpis(m, m->cur_its->colls[c.icid].cpu);
        break;
    case ITS_OP_MOVALL:
        if ( model_cpu_of_rdbase(m, c.rdbase) < 0 ||
             model_cpu_of_rdbase(m, c.rdbase2) < 0 )
            model_violation_add(m, "RDbase names no redistributor");
        break;
    case ITS_OP_SYNC:
        if ( model_cpu_of_rdbase(m, c.rdbase) < 0 )
            model_violation_add(m, "RDbase %#llx names no redistributor",
                                (unsigned long long)c.rdbase);
        break;
    case ITS_OP_VMAPP:
        cmd_vmapp(m, &c);
        break;
    case ITS_OP_VMOVP:
        cmd_vmovp(m, &c);
        break;
    case ITS_OP_VMOVI:
        cmd_vmovi(m, &c);
        break;
    case ITS_OP_VSYNC:
        need_vpe(m, c.vpeid, true);
        break;
    case ITS_OP_VINVALL:
        if ( need_vpe(m, c.vpeid, true) )
            model_reload_all_vlpis(m, c.vpeid);
        break;
    case ITS_OP_INVDB:
        if ( need_vpe(m, c.vpeid, true) )
            model_reload_doorbell(m, m->vpes[c.vpeid].cpu, c.vpeid);
        break;
    case ITS_OP_VSGI:
        if ( need_vpe(m, c.vpeid, true) && !c.clear && c.enable )
            model_event_add(m, MODEL_EV_VSGI, m->vpes[c.vpeid].cpu, c.sgi,
                            c.vpeid, 0, 0);
        break;
    }

 out:
    m->cur = NULL;
}

/* Run every command between CREADR and CWRITER. */
void its_process_queue(struct gic_model *m, struct model_its *its)
{
    uint64_t qsize = (FIELD(its->cbaser, 7, 0) + 1) * 0x1000;
    uint64_t base = its->cbaser & MASK(51, 12);

    if ( !its->enabled || !(its->cbaser >> 63) || m->cfg.stalled )
        return;
    while ( its->creadr != its->cwriter && !its->stalled )
    {
        const uint64_t *raw = model_mem(m, base + its->creadr, 32,
                                        "the command queue");
        uint64_t cmd[4];

        if ( !raw )
        {
            its->creadr = its->cwriter;
            break;
        }
        if ( (m->stall_countdown && !--m->stall_countdown) ||
             (m->stall_op && (raw[0] & 0xff) == m->stall_op) )
        {
            m->stall_op = 0;
            its->stalled = true;
            break;
        }
        memcpy(cmd, raw, sizeof(cmd));
        m->cur_its = its;
        run_command(m, cmd);
        m->cur_its = NULL;
        its->creadr = (its->creadr + 32) % qsize;
    }
}

void model_set_stalled(struct gic_model *m, bool stalled)
{
    unsigned int i;

    m->cfg.stalled = stalled;
    if ( !stalled )
    {
        m->stall_countdown = 0;
        m->stall_op = 0;
        for ( i = 0; i < m->cfg.nr_its; i++ )
            m->its[i].stalled = false;
    }
}

void model_stall_nth_cmd(struct gic_model *m, unsigned int n)
{
    m->stall_countdown = n;
}

void model_stall_next_op(struct gic_model *m, uint8_t op)
{
    m->stall_op = op;
}

bool model_its_stalled(const struct gic_model *m, unsigned int n)
{
    return n < m->cfg.nr_its &&
           (m->cfg.stalled || m->its[n].stalled ||
            !m->its[n].enabled);
}

unsigned int model_its_number(const struct gic_model *m, unsigned int n)
{
    return m->its[n].number;
}

unsigned int model_process_commands(struct gic_model *m)
{
    unsigned int before = m->nr_cmds, i;

    for ( i = 0; i < m->cfg.nr_its; i++ )
        its_process_queue(m, &m->its[i]);
    return m->nr_cmds - before;
}
