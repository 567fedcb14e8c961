/*
 * tests/unit/tests/test_model.c: the GIC model against commands encoded by
 * hand from the specification, positive and negative.  If these pass, a
 * violation reported while running Xen is the model's honest opinion.
 */
#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"
#include "model_util.h"

#define DEV     0x42
#define LPI0    8192

/* MAPD dev (2^(size+1) events), MAPC icid->cpu. */
static void *map_dev(struct mt *t, uint32_t dev, unsigned int size)
{
    void *itt = mt_alloc(8U << (size + 1), 256);

    mt_cmd(t, 0x08 | C_DEVID(dev), size, C_V | C_ITT(virt_to_maddr(itt)), 0);
    return itt;
}

static void map_coll(struct mt *t, uint32_t icid, unsigned int cpu)
{
    mt_cmd(t, 0x09, 0, C_V | C_RDBASE(cpu) | C_ICID(icid), 0);
}

static void mapti(struct mt *t, uint32_t dev, uint32_t ev, uint32_t lpi,
                  uint32_t icid)
{
    mt_cmd(t, 0x0a | C_DEVID(dev), C_EVENTID(ev) | C_PINTID(lpi), C_ICID(icid),
           0);
}

static void inv(struct mt *t, uint32_t dev, uint32_t ev)
{
    mt_cmd(t, 0x0c | C_DEVID(dev), C_EVENTID(ev), 0, 0);
}

/* A vPE's tables: VPT (one bit per ID) and vLPI configuration table. */
struct vpe_tables {
    uint8_t *vpt, *vconf;
};

static struct vpe_tables vpe_tables(void)
{
    struct vpe_tables v = {
        .vpt = mt_alloc(SZ_64K / 8, SZ_64K),
        .vconf = mt_alloc(SZ_64K, SZ_64K),
    };

    memset(v.vconf, 0xa0 | 2, SZ_64K - 8192);
    return v;
}

static void vmapp(struct mt *t, uint32_t vpe, unsigned int cpu,
                  const struct vpe_tables *v, uint32_t default_db)
{
    uint64_t d0 = 0x29, d1 = C_VPEID(vpe);

    if ( model_config(t->m)->version == GIC_V4_1 )
    {
        d0 |= (virt_to_maddr(v->vconf) & 0x000fffffffff0000ULL) | (1ULL << 8);
        d1 |= default_db;
    }
    mt_cmd(t, d0, d1, C_V | C_RDBASE(cpu), C_VPT(virt_to_maddr(v->vpt)) | 15);
}

static void vmapti(struct mt *t, uint32_t dev, uint32_t ev, uint32_t vpe,
                   uint32_t vintid, uint32_t db)
{
    mt_cmd(t, 0x2a | C_DEVID(dev), C_EVENTID(ev) | C_VPEID(vpe),
           C_VINTID(vintid) | C_DB(db), 0);
}

/* ---- Registers ---- */

UNIT_TEST(model_typer_per_version)
{
    static const enum gic_version vs[] = { GIC_V3, GIC_V4_0, GIC_V4_1 };
    unsigned int i;

    for ( i = 0; i < 3; i++ )
    {
        struct model_config cfg = model_default_config(vs[i]);
        struct gic_model *m = model_create(&cfg);
        uint64_t t = model_its_read(m, M_GITS_TYPER, 8);
        uint64_t r = model_rdist_read(m, 1, M_GICR_TYPER, 8);

        CHECK_EQ(t & 1, 1);                                 /* Physical */
        CHECK_EQ((t >> 1) & 1, vs[i] != GIC_V3);            /* Virtual */
        CHECK_EQ(((t >> 4) & 0xf) + 1, cfg.itt_entry_size);
        CHECK_EQ(((t >> 8) & 0x1f) + 1, cfg.evid_bits);
        CHECK_EQ(((t >> 13) & 0x1f) + 1, cfg.devid_bits);
        CHECK_EQ((t >> 37) & 1, vs[i] != GIC_V3 && cfg.vmovp);
        CHECK_EQ((t >> 40) & 1, vs[i] == GIC_V4_1);         /* VMAPP */
        CHECK_EQ(r & 1, 1);                                 /* PLPIS */
        CHECK_EQ((r >> 1) & 1, vs[i] != GIC_V3);            /* VLPIS */
        CHECK_EQ((r >> 7) & 1, vs[i] == GIC_V4_1);          /* RVPEID */
        CHECK_EQ((r >> 8) & 0xffff, 1);                     /* Processor */
        CHECK_EQ((r >> 4) & 1, 1);                          /* Last */
        CHECK_EQ(model_its_read(m, M_GITS_PIDR2, 4) & 0xf0,
                 vs[i] == GIC_V3 ? 0x30 : 0x40);
        CHECK_EQ(model_its_read(m, M_GITS_CTLR, 4) >> 31, 1); /* Quiescent */
        CHECK_EQ(model_nr_violations(m), 0);
        model_destroy(m);
    }
}

UNIT_TEST(model_baser_types_and_readonly_fields)
{
    struct mt t = mt_setup(GIC_V4_0);
    uint64_t b;

    b = model_its_read(t.m, M_GITS_BASER0, 8);
    CHECK_EQ((b >> 56) & 7, 1);                             /* Device */
    CHECK_EQ(((b >> 48) & 0x1f) + 1, 8);
    CHECK_EQ(b >> 63, 1);
    CHECK_EQ((model_its_read(t.m, M_GITS_BASER0 + 8, 8) >> 56) & 7, 4);
    CHECK_EQ((model_its_read(t.m, M_GITS_BASER0 + 16, 8) >> 56) & 7, 2);
    CHECK_EQ(model_its_read(t.m, M_GITS_BASER0 + 24, 8), 0);
}

UNIT_TEST(model_baser_write_while_enabled_flagged)
{
    struct mt t = mt_setup(GIC_V3);

    model_its_write(t.m, M_GITS_BASER0, 0, 8);
    unit_expect_violation("while the ITS is enabled");
    model_its_write(t.m, M_GITS_CBASER, 0, 8);
    unit_expect_violation("GITS_CBASER written while the ITS is enabled");
}

/* ---- Physical LPIs ---- */

UNIT_TEST(model_v3_map_translate_deliver)
{
    struct mt t = mt_setup(GIC_V3);
    uint32_t intid, icid;
    bool virt;

    map_coll(&t, 1, 1);
    map_dev(&t, DEV, 4);
    mapti(&t, DEV, 7, LPI0 + 100, 1);
    mt_lpi_prop(&t, LPI0 + 100, true);
    inv(&t, DEV, 7);
    CHECK(model_translate(t.m, DEV, 7, &virt, &intid, &icid, NULL));
    CHECK(!virt && intid == LPI0 + 100 && icid == 1);

    CHECK_EQ(model_device_write(t.m, DEV, 7), MODEL_EV_PLPI);
    CHECK_EQ(model_event(t.m, 0)->cpu, 1);
    CHECK_EQ(model_event(t.m, 0)->intid, LPI0 + 100);
    CHECK_EQ(model_device_write(t.m, DEV, 8), MODEL_EV_DROPPED);
    CHECK_EQ(model_device_write(t.m, DEV + 1, 0), MODEL_EV_DROPPED);
    CHECK_EQ(model_its_read(t.m, M_GITS_CREADR, 8), 4 * 32);
    CHECK_EQ(model_nr_cmds(t.m), 4);
    CHECK(!strcmp(model_cmd(t.m, 2)->name, "MAPTI"));
    CHECK(strstr(model_cmd(t.m, 2)->text, "pintid=8292 icid=1"));
}

UNIT_TEST(model_mapi_uses_eventid_as_intid)
{
    struct mt t = mt_setup(GIC_V3);
    uint32_t intid;

    map_coll(&t, 0, 0);
    map_dev(&t, DEV, 15);
    mt_cmd(&t, 0x0b | C_DEVID(DEV), C_EVENTID(LPI0 + 5), C_ICID(0), 0);
    CHECK(model_translate(t.m, DEV, LPI0 + 5, NULL, &intid, NULL, NULL));
    CHECK_EQ(intid, LPI0 + 5);
}

UNIT_TEST(model_property_change_needs_inv)
{
    struct mt t = mt_setup(GIC_V3);

    map_coll(&t, 0, 0);
    map_dev(&t, DEV, 4);
    mapti(&t, DEV, 0, LPI0 + 1, 0);
    mapti(&t, DEV, 1, LPI0 + 2, 0);
    mapti(&t, DEV, 2, LPI0 + 3, 0);

    /* Enabled in memory but never invalidated: the GIC still has it off. */
    mt_lpi_prop(&t, LPI0 + 1, true);
    CHECK_EQ(model_device_write(t.m, DEV, 0), MODEL_EV_PPENDING);
    CHECK(model_lpi_pending(t.m, 0, LPI0 + 1));
    inv(&t, DEV, 0);
    CHECK_EQ(model_device_write(t.m, DEV, 0), MODEL_EV_PLPI);

    /* The redistributor's INVLPIR works too, and INVALL. */
    mt_lpi_prop(&t, LPI0 + 2, true);
    model_rdist_write(t.m, 0, M_GICR_INVLPIR, LPI0 + 2, 8);
    CHECK_EQ(model_device_write(t.m, DEV, 1), MODEL_EV_PLPI);
    mt_lpi_prop(&t, LPI0 + 3, true);
    mt_cmd(&t, 0x0d, 0, C_ICID(0), 0);
    CHECK_EQ(model_device_write(t.m, DEV, 2), MODEL_EV_PLPI);

    /* Masking is just as lazy. */
    mt_lpi_prop(&t, LPI0 + 3, false);
    CHECK_EQ(model_device_write(t.m, DEV, 2), MODEL_EV_PLPI);
    model_rdist_write(t.m, 0, M_GICR_INVALLR, 0, 8);
    CHECK_EQ(model_device_write(t.m, DEV, 2), MODEL_EV_PPENDING);
}

UNIT_TEST(model_int_clear_discard_movi)
{
    struct mt t = mt_setup(GIC_V3);

    map_coll(&t, 0, 0);
    map_coll(&t, 1, 1);
    map_dev(&t, DEV, 4);
    mapti(&t, DEV, 3, LPI0 + 9, 0);
    /* INT while disabled: pending; CLEAR removes it. */
    mt_cmd(&t, 0x03 | C_DEVID(DEV), C_EVENTID(3), 0, 0);
    CHECK(model_lpi_pending(t.m, 0, LPI0 + 9));
    mt_cmd(&t, 0x04 | C_DEVID(DEV), C_EVENTID(3), 0, 0);
    CHECK(!model_lpi_pending(t.m, 0, LPI0 + 9));
    /*
     * MOVI to collection 1: delivered on CPU1.  Each redistributor caches
     * LPI configuration: the INV before the move refreshed CPU0's copy
     * only, CPU1 still has the one it loaded at EnableLPIs.
     */
    mt_lpi_prop(&t, LPI0 + 9, true);
    inv(&t, DEV, 3);
    mt_cmd(&t, 0x01 | C_DEVID(DEV), C_EVENTID(3), C_ICID(1), 0);
    CHECK_EQ(model_device_write(t.m, DEV, 3), MODEL_EV_PPENDING);
    CHECK(!model_lpi_cached_enabled_at(t.m, 1, LPI0 + 9));
    CHECK(model_lpi_cached_enabled_at(t.m, 0, LPI0 + 9));
    inv(&t, DEV, 3);
    CHECK(model_lpi_cached_enabled_at(t.m, 1, LPI0 + 9));
    CHECK_EQ(model_device_write(t.m, DEV, 3), MODEL_EV_PLPI);
    CHECK_EQ(model_event(t.m, model_nr_events(t.m) - 1)->cpu, 1);
    /* DISCARD: translation gone. */
    mt_cmd(&t, 0x0f | C_DEVID(DEV), C_EVENTID(3), 0, 0);
    CHECK(!model_translate(t.m, DEV, 3, NULL, NULL, NULL, NULL));
    CHECK_EQ(model_device_write(t.m, DEV, 3), MODEL_EV_DROPPED);
    /* MOVALL and SYNC with valid RDbases are accepted. */
    mt_cmd(&t, 0x0e, 0, C_RDBASE(0), C_RDBASE(1));
    mt_cmd(&t, 0x05, 0, C_RDBASE(1), 0);
    /* MAPD V=0 unmaps the device. */
    mt_cmd(&t, 0x08 | C_DEVID(DEV), 0, 0, 0);
    mt_cmd(&t, 0x0c | C_DEVID(DEV), C_EVENTID(3), 0, 0);
    unit_expect_violation("device 0x42 is not mapped");
}

/*
 * A physical LPI signalled to its CPU stays pending until the CPU
 * acknowledges it: a DISCARD (or CLEAR) before that removes it, and MAPD
 * V=0 does not; one signalled twice while pending is taken once.
 */
UNIT_TEST(model_lpi_pending_until_acknowledged)
{
    struct mt t = mt_setup(GIC_V3);

    map_coll(&t, 0, 0);
    map_dev(&t, DEV, 4);
    mapti(&t, DEV, 0, LPI0 + 1, 0);
    mapti(&t, DEV, 1, LPI0 + 2, 0);
    mt_lpi_prop(&t, LPI0 + 1, true);
    mt_lpi_prop(&t, LPI0 + 2, true);
    inv(&t, DEV, 0);
    inv(&t, DEV, 1);

    CHECK_EQ(model_device_write(t.m, DEV, 0), MODEL_EV_PLPI);
    CHECK_EQ(model_device_write(t.m, DEV, 0), MODEL_EV_PLPI);
    CHECK(model_lpi_pending(t.m, 0, LPI0 + 1));
    CHECK(model_lpi_acknowledge(t.m, 0, LPI0 + 1));
    CHECK(!model_lpi_pending(t.m, 0, LPI0 + 1));
    CHECK(!model_lpi_acknowledge(t.m, 0, LPI0 + 1));

    /* Signalled, then discarded before the CPU took it: nothing to take. */
    CHECK_EQ(model_device_write(t.m, DEV, 0), MODEL_EV_PLPI);
    mt_cmd(&t, 0x0f | C_DEVID(DEV), C_EVENTID(0), 0, 0);
    CHECK(!model_lpi_pending(t.m, 0, LPI0 + 1));
    CHECK(!model_lpi_acknowledge(t.m, 0, LPI0 + 1));

    /* MAPD V=0 leaves the pending state alone. */
    CHECK_EQ(model_device_write(t.m, DEV, 1), MODEL_EV_PLPI);
    mt_cmd(&t, 0x08 | C_DEVID(DEV), 0, 0, 0);
    CHECK(model_lpi_pending(t.m, 0, LPI0 + 2));
    CHECK(model_lpi_acknowledge(t.m, 0, LPI0 + 2));
}

UNIT_TEST(model_pta_rdbase_is_an_address)
{
    struct model_config cfg = model_default_config(GIC_V3);
    struct mt t;

    cfg.pta = true;
    t = mt_setup_cfg(&cfg);
    CHECK_EQ((model_its_read(t.m, M_GITS_TYPER, 8) >> 19) & 1, 1);
    mt_cmd(&t, 0x09, 0, C_V | (model_rdist_base(t.m, 1) & 0xfffffffff0000ULL),
           0);
    CHECK_EQ(model_nr_violations(t.m), 0);
    map_coll(&t, 2, 1);             /* a processor number: wrong with PTA */
    unit_expect_violation("names no redistributor");
}

/* ---- Malformed commands ---- */

UNIT_TEST(model_flags_res0_bits)
{
    struct mt t = mt_setup(GIC_V3);

    mt_cmd(&t, 0x08 | C_DEVID(1), 4 | (1ULL << 5), C_V | 0x100000, 0);
    unit_expect_violation("RES0 bits set in DW1: 0x20");
    mt_cmd(&t, 0x05, 0, C_RDBASE(0), 1);
    unit_expect_violation("[SYNC rdbase=0] RES0 bits set in DW3");
    mt_cmd(&t, 0x09, 0, C_V | C_RDBASE(0) | C_ICID(0) | (1ULL << 62), 0);
    unit_expect_violation("RES0 bits set in DW2");
}

UNIT_TEST(model_flags_ids_out_of_range)
{
    struct mt t = mt_setup(GIC_V3);

    mt_cmd(&t, 0x08 | C_DEVID(1U << 16), 4, C_V | 0x100000, 0);
    unit_expect_violation("DeviceID 0x10000 out of range");
    mt_cmd(&t, 0x08 | C_DEVID(1), 16, C_V | 0x100000, 0);
    unit_expect_violation("Size 16 exceeds GITS_TYPER.ID_bits");
    map_coll(&t, 0, 0);
    map_dev(&t, DEV, 4);
    mapti(&t, DEV, 32, LPI0, 0);
    unit_expect_violation("EventID 32 out of range");
    mapti(&t, DEV, 1, 1000, 0);
    unit_expect_violation("pINTID 1000 out of the LPI range");
    mapti(&t, DEV, 1, 1U << 16, 0);
    unit_expect_violation("pINTID 65536 out of the LPI range");
    mapti(&t, DEV, 1, LPI0, 256);
    unit_expect_violation("ICID 256 out of range");
    map_coll(&t, 0, 7);
    unit_expect_violation("names no redistributor");
}

UNIT_TEST(model_flags_double_mapti)
{
    struct mt t = mt_setup(GIC_V3);

    map_coll(&t, 0, 0);
    map_dev(&t, DEV, 4);
    mapti(&t, DEV, 1, LPI0 + 1, 0);
    CHECK_EQ(model_nr_violations(t.m), 0);
    mapti(&t, DEV, 1, LPI0 + 2, 0);
    unit_expect_violation("[MAPTI dev=0x42 ev=1 pintid=8194 icid=0] event 1 "
                          "of device 0x42 is already mapped");
}

UNIT_TEST(model_flags_unmapped_objects)
{
    struct mt t = mt_setup(GIC_V4_1);

    mapti(&t, DEV, 0, LPI0, 0);
    unit_expect_violation("device 0x42 is not mapped");
    map_dev(&t, DEV, 4);
    inv(&t, DEV, 0);
    unit_expect_violation("event 0 of device 0x42 is not mapped");
    mt_cmd(&t, 0x0d, 0, C_ICID(5), 0);
    unit_expect_violation("collection 5 is not mapped");
    mapti(&t, DEV, 0, LPI0, 5);
    CHECK_EQ(model_nr_violations(t.m), 0);
    inv(&t, DEV, 0);
    unit_expect_violation("collection 5 is not mapped");
    vmapti(&t, DEV, 1, 3, LPI0, NO_DB);
    unit_expect_violation("vPE 3 is not mapped");
    mt_cmd(&t, 0x25, C_VPEID(3), 0, 0);
    unit_expect_violation("[VSYNC vpe=3] vPE 3 is not mapped");
    mt_cmd(&t, 0x2d, C_VPEID(3), 0, 0);
    unit_expect_violation("[VINVALL vpe=3] vPE 3 is not mapped");
    mt_cmd(&t, 0x2e, C_VPEID(3), 0, 0);
    unit_expect_violation("[INVDB vpe=3] vPE 3 is not mapped");
    mt_cmd(&t, 0x22, C_VPEID(3), C_RDBASE(0), 0);
    unit_expect_violation("vPE 3 is not mapped");
    mt_cmd(&t, 0x29, C_VPEID(5000), C_V, 0);
    unit_expect_violation("vPEID 5000 out of range");
}

UNIT_TEST(model_flags_virtual_commands_on_v3)
{
    struct mt t = mt_setup(GIC_V3);

    mt_cmd(&t, 0x29, C_VPEID(1), C_V, 0);
    unit_expect_violation("[VMAPP vpe=1");
    mt_cmd(&t, 0x25, C_VPEID(1), 0, 0);
    unit_expect_violation("virtual command on a GICv3 ITS");
    mt_cmd(&t, 0x77, 0, 0, 0);
    unit_expect_violation("unknown command opcode 0x77");
}

UNIT_TEST(model_flags_vmapp_default_doorbell_on_v40)
{
    struct mt t = mt_setup(GIC_V4_0);
    struct vpe_tables v = vpe_tables();

    mt_cmd(&t, 0x29, C_VPEID(1) | 8300, C_V | C_RDBASE(0),
           C_VPT(virt_to_maddr(v.vpt)) | 15);
    unit_expect_violation("default doorbell field (DW1[31:0]=8300) set on "
                          "GICv4.0");
    /* The GICv4.1 VCONF/Alloc/PTZ bits in DW0 do not exist either. */
    mt_cmd(&t, 0x29 | (1ULL << 8), C_VPEID(2), C_V | C_RDBASE(0),
           C_VPT(virt_to_maddr(v.vpt)) | 15);
    unit_expect_violation("RES0 bits set in DW0: 0x100");
    CHECK(model_vpe_mapped(t.m, 2));
}

UNIT_TEST(model_flags_vlpi_doorbell_on_v41)
{
    struct mt t = mt_setup(GIC_V4_1);
    struct vpe_tables v = vpe_tables();

    vmapp(&t, 1, 0, &v, LPI0 + 500);
    map_dev(&t, DEV, 4);
    vmapti(&t, DEV, 0, 1, LPI0 + 10, LPI0 + 501);
    unit_expect_violation("[VMAPTI dev=0x42 ev=0 vpe=1 vintid=8202 db=8693] "
                          "per-vLPI doorbell 8693 on GICv4.1");
    vmapti(&t, DEV, 1, 1, LPI0 + 11, NO_DB);
    CHECK_EQ(model_nr_violations(t.m), 0);
    mt_cmd(&t, 0x21 | C_DEVID(DEV), C_EVENTID(1) | C_VPEID(1),
           1 | C_DB(LPI0 + 501), 0);
    unit_expect_violation("[VMOVI dev=0x42 ev=1 vpe=1 D=1 db=8693] per-vLPI "
                          "doorbell");
}

UNIT_TEST(model_flags_v41_only_commands_on_v40)
{
    struct mt t = mt_setup(GIC_V4_0);

    mt_cmd(&t, 0x2e, C_VPEID(1), 0, 0);
    unit_expect_violation("INVDB exists only in GICv4.1");
    mt_cmd(&t, 0x23, C_VPEID(1), 0, 0);
    unit_expect_violation("VSGI exists only in GICv4.1");
    model_rdist_write(t.m, 0, M_GICR_INVLPIR, (1ULL << 63) | LPI0, 8);
    unit_expect_violation("V set before GICv4.1");
}

UNIT_TEST(model_flags_vmapti_over_mapping_and_vmapp_teardown_order)
{
    struct mt t = mt_setup(GIC_V4_0);
    struct vpe_tables v = vpe_tables();

    vmapp(&t, 1, 0, &v, 0);
    map_dev(&t, DEV, 4);
    vmapti(&t, DEV, 0, 1, LPI0 + 10, NO_DB);
    vmapti(&t, DEV, 0, 1, LPI0 + 11, NO_DB);
    unit_expect_violation("already mapped");
    vmapp(&t, 1, 1, &v, 0);
    unit_expect_violation("vPE 1 is already mapped (use VMOVP");
    mt_cmd(&t, 0x29, C_VPEID(1), 0, 0);
    unit_expect_violation("unmapping vPE 1 while 1 vLPI mappings still "
                          "target it");
    vmapp(&t, 1, 0, &v, 0);
    vmapti(&t, DEV, 2, 1, 7000, NO_DB);
    unit_expect_violation("vINTID 7000 out of range");
}

UNIT_TEST(model_vmovp_its_list)
{
    struct model_config cfg = model_default_config(GIC_V4_0);
    struct vpe_tables v;
    struct mt t;

    cfg.vmovp = false;
    cfg.its_number = 1;
    t = mt_setup_cfg(&cfg);
    v = vpe_tables();
    CHECK_EQ((model_its_read(t.m, M_GITS_TYPER, 8) >> 37) & 1, 0);
    CHECK_EQ((model_its_read(t.m, M_GITS_CTLR, 4) >> 4) & 0xf, 1);
    vmapp(&t, 3, 0, &v, 0);
    /* SeqNum DW0[47:32], ITSList DW1[15:0], vPEID DW1[47:32]. */
    mt_cmd(&t, 0x22 | (7ULL << 32), 0x1 | C_VPEID(3), C_RDBASE(1), 0);
    unit_expect_violation("[VMOVP vpe=3 rdbase=0x1 seq=7 itslist=0x1 DB=0 "
                          "default_db=0] ITS list 0x1 does not name this ITS");
    mt_cmd(&t, 0x22 | (8ULL << 32), 0x2 | C_VPEID(3), C_RDBASE(1), 0);
    CHECK_EQ(model_nr_violations(t.m), 0);
    CHECK_EQ(model_vpe_cpu(t.m, 3), 1);
}

/* ---- Virtual LPIs ---- */

UNIT_TEST(model_v40_direct_pending_doorbell)
{
    struct mt t = mt_setup(GIC_V4_0);
    struct vpe_tables v = vpe_tables();
    const uint32_t vlpi = LPI0 + 8, db = LPI0 + 300;

    vmapp(&t, 1, 0, &v, 0);
    map_dev(&t, DEV, 4);
    v.vconf[vlpi - LPI0] |= 1;
    vmapti(&t, DEV, 0, 1, vlpi, db);
    mt_lpi_prop(&t, db, true);
    model_rdist_write(t.m, 0, M_GICR_INVLPIR, db, 8);

    /* Not resident: pending in the VPT, doorbell to CPU0. */
    CHECK_EQ(model_device_write(t.m, DEV, 0), MODEL_EV_VPENDING);
    CHECK(model_vlpi_pending(t.m, 1, vlpi));
    CHECK_EQ(model_count_events(t.m, MODEL_EV_DOORBELL), 1);
    CHECK_EQ(model_event(t.m, 1)->intid, db);

    /* Resident (VPROPBASER first, then VPENDBASER.Valid + VPT). */
    model_rdist_write(t.m, 0, M_GICR_VPROPBASER,
                      virt_to_maddr(v.vconf) | 15, 8);
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER,
                      M_VPENDBASER_VALID | virt_to_maddr(v.vpt), 8);
    CHECK_EQ(model_resident_vpe(t.m, 0), 1);
    CHECK(!model_vlpi_pending(t.m, 1, vlpi));          /* taken directly */
    model_clear_records(t.m);
    CHECK_EQ(model_device_write(t.m, DEV, 0), MODEL_EV_DIRECT);
    CHECK_EQ(model_count_events(t.m, MODEL_EV_DOORBELL), 0);
    model_enter_guest(t.m, 0);

    /* Valid=1 again while resident is UNPREDICTABLE. */
    CHECK(model_find_reference(t.m, v.vpt, 1));
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER,
                      M_VPENDBASER_VALID | virt_to_maddr(v.vpt), 8);
    unit_expect_violation("Valid=1 while Valid=1");

    /* Non-resident: PendingLast says nothing was left. */
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER, virt_to_maddr(v.vpt), 8);
    CHECK_EQ(model_resident_vpe(t.m, 0), -1);
    CHECK(!(model_rdist_read(t.m, 0, M_GICR_VPENDBASER, 8) &
            M_VPENDBASER_PENDINGLAST));
    CHECK_EQ(model_device_write(t.m, DEV, 0), MODEL_EV_VPENDING);
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER,
                      M_VPENDBASER_VALID | virt_to_maddr(v.vpt), 8);
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER, virt_to_maddr(v.vpt), 8);
    CHECK(!(model_rdist_read(t.m, 0, M_GICR_VPENDBASER, 8) &
            M_VPENDBASER_PENDINGLAST));
}

UNIT_TEST(model_v40_masked_doorbell_does_not_fire)
{
    struct mt t = mt_setup(GIC_V4_0);
    struct vpe_tables v = vpe_tables();

    vmapp(&t, 1, 0, &v, 0);
    map_dev(&t, DEV, 4);
    vmapti(&t, DEV, 0, 1, LPI0 + 8, LPI0 + 300);
    /* Doorbell LPI left disabled: pending, not signalled. */
    CHECK_EQ(model_device_write(t.m, DEV, 0), MODEL_EV_VPENDING);
    CHECK_EQ(model_count_events(t.m, MODEL_EV_DOORBELL), 0);
    CHECK_EQ(model_count_events(t.m, MODEL_EV_PPENDING), 1);
    /* VMOVI can drop the doorbell (D=0). */
    mt_cmd(&t, 0x21 | C_DEVID(DEV), C_EVENTID(0) | C_VPEID(1), 0, 0);
    CHECK_EQ(model_nr_violations(t.m), 0);
    model_clear_records(t.m);
    model_device_write(t.m, DEV, 0);
    CHECK_EQ(model_count_events(t.m, MODEL_EV_PPENDING), 0);
}

static void v41_resident(struct mt *t, unsigned int cpu, uint32_t vpe)
{
    model_rdist_write(t->m, cpu, M_GICR_VPROPBASER, 1ULL << 63, 8);
    model_rdist_write(t->m, cpu, M_GICR_VPENDBASER,
                      M_VPENDBASER_VALID | M_VPENDBASER_41_VGRP1EN | vpe, 8);
}

UNIT_TEST(model_v41_dirty_must_be_polled)
{
    struct mt t = mt_setup(GIC_V4_1);
    struct vpe_tables v = vpe_tables();

    vmapp(&t, 4, 1, &v, NO_DB);
    v41_resident(&t, 1, 4);
    CHECK_EQ(model_resident_vpe(t.m, 1), 4);
    model_enter_guest(t.m, 1);
    unit_expect_violation("before GICR_VPENDBASER.Dirty read as 0");
    while ( model_rdist_read(t.m, 1, M_GICR_VPENDBASER, 8) &
            M_VPENDBASER_DIRTY )
        ;
    model_enter_guest(t.m, 1);
    CHECK_EQ(model_nr_violations(t.m), 0);
    /*
     * The other CPU: the redistributors share the vPE table
     * (CommonLPIAff = 0), so no VMOVP is needed, but vPE 4 is still
     * resident on CPU1.
     */
    v41_resident(&t, 0, 4);
    unit_expect_violation("vPE 4 made resident on CPU0 while it is resident "
                          "on CPU1");
}

/* SVPET: a GICR_VPROPBASER that is not the ITS's vPE table is flagged. */
UNIT_TEST(model_v41_flags_unshared_vpe_table_with_svpet)
{
    struct model_config cfg = model_default_config(GIC_V4_1);
    struct mt t;
    uint8_t *other = mt_alloc(SZ_64K, SZ_64K);
    uint64_t its_table;

    cfg.svpet = true;
    t = mt_setup_cfg(&cfg);
    CHECK(model_its_read(t.m, M_GITS_TYPER, 8) & (1ULL << 41));
    its_table = model_its_read(t.m, M_GITS_BASER0 + 16, 8);
    /* The ITS's table (64K pages, one page), as the RD describes it. */
    model_rdist_write(t.m, 0, M_GICR_VPROPBASER,
                      (1ULL << 63) | (2ULL << 53) |
                      (its_table & GENMASK(47, 16)) | 0, 8);
    CHECK_EQ(model_nr_violations(t.m), 0);
    model_rdist_write(t.m, 1, M_GICR_VPROPBASER,
                      (1ULL << 63) | (2ULL << 53) | virt_to_maddr(other), 8);
    unit_expect_violation("is not the one of ITS0");
}

/*
 * GICv4.1: vPE 2 on CPU0 with default doorbell @db (enabled, INVDB sent)
 * and event 0 of DEV mapped to its enabled vLPI @vlpi.
 */
static void v41_vpe2_with_vlpi(struct mt *t, struct vpe_tables *v,
                               uint32_t db, uint32_t vlpi)
{
    vmapp(t, 2, 0, v, db);
    map_dev(t, DEV, 4);
    v->vconf[vlpi - LPI0] |= 1;
    vmapti(t, DEV, 0, 2, vlpi, NO_DB);
    mt_lpi_prop(t, db, true);
    mt_cmd(t, 0x2e, C_VPEID(2), 0, 0);                 /* INVDB */
}

UNIT_TEST(model_v41_default_doorbell_and_pending_last)
{
    struct mt t = mt_setup(GIC_V4_1);
    struct vpe_tables v = vpe_tables();
    const uint32_t db = LPI0 + 600, vlpi = LPI0 + 20;

    v41_vpe2_with_vlpi(&t, &v, db, vlpi);

    /* Deschedule asking for the doorbell: one doorbell, then only pending. */
    v41_resident(&t, 0, 2);
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER, M_VPENDBASER_41_DB | 2, 8);
    CHECK(model_vpe_doorbell_armed(t.m, 2));
    CHECK_EQ(model_device_write(t.m, DEV, 0), MODEL_EV_VPENDING);
    CHECK_EQ(model_count_events(t.m, MODEL_EV_DOORBELL), 1);
    CHECK(!model_vpe_doorbell_armed(t.m, 2));
    model_device_write(t.m, DEV, 0);
    CHECK_EQ(model_count_events(t.m, MODEL_EV_DOORBELL), 1);

    /* Something pending: PendingLast, and the doorbell request is ignored. */
    v41_resident(&t, 0, 2);
    CHECK(model_vlpi_pending(t.m, 2, vlpi) == false);
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER, 2, 8);
    model_device_write(t.m, DEV, 0);
    v41_resident(&t, 0, 2);
    model_device_write(t.m, DEV, 0);                    /* direct */
    v.vconf[vlpi - LPI0] &= ~1;                         /* masked, no INV */
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER, M_VPENDBASER_41_DB | 2, 8);
    CHECK(!model_pending_last(t.m, 0));
    model_device_write(t.m, DEV, 0);                    /* pending */
    v41_resident(&t, 0, 2);                             /* delivered */
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER, 2, 8);
    CHECK(!model_pending_last(t.m, 0));

    /* A disabled doorbell LPI does not fire, even when requested. */
    mt_lpi_prop(&t, db, false);
    model_rdist_write(t.m, 0, M_GICR_INVLPIR, (1ULL << 63) | C_VPEID(2), 8);
    v41_resident(&t, 0, 2);
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER, M_VPENDBASER_41_DB | 2, 8);
    model_clear_records(t.m);
    model_device_write(t.m, DEV, 0);
    CHECK_EQ(model_count_events(t.m, MODEL_EV_DOORBELL), 0);
    CHECK_EQ(model_count_events(t.m, MODEL_EV_PPENDING), 1);
}

UNIT_TEST(model_v41_pending_last_blocks_doorbell_request)
{
    struct mt t = mt_setup(GIC_V4_1);
    struct vpe_tables v = vpe_tables();
    const uint32_t db = LPI0 + 600, vlpi = LPI0 + 20;

    v41_vpe2_with_vlpi(&t, &v, db, vlpi);
    /* Left pending while not resident, then resident with vLPI masked. */
    model_device_write(t.m, DEV, 0);
    v.vconf[vlpi - LPI0] &= ~1;
    mt_cmd(&t, 0x2d, C_VPEID(2), 0, 0);                 /* VINVALL */
    v41_resident(&t, 0, 2);
    v.vconf[vlpi - LPI0] |= 1;
    model_rdist_write(t.m, 0, M_GICR_INVLPIR,
                      (1ULL << 63) | C_VPEID(2) | vlpi, 8);
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER, M_VPENDBASER_41_DB | 2, 8);
    CHECK(model_pending_last(t.m, 0));
    CHECK(model_rdist_read(t.m, 0, M_GICR_VPENDBASER, 8) &
          M_VPENDBASER_PENDINGLAST);
    model_clear_records(t.m);
    model_device_write(t.m, DEV, 0);
    CHECK_EQ(model_count_events(t.m, MODEL_EV_DOORBELL), 0);
}

UNIT_TEST(model_v41_every_command_decodes)
{
    struct mt t = mt_setup(GIC_V4_1);
    struct vpe_tables v = vpe_tables(), w = vpe_tables();
    unsigned int i;
    static const char *const expect[] = {
        "MAPC icid=0 rdbase=0 V=1",
        "MAPD dev=0x42 size=4 itt=",
        "MAPTI dev=0x42 ev=1 pintid=8193 icid=0",
        "MAPI dev=0x42 ev=2 pintid=2 icid=0",
        "INV dev=0x42 ev=1",
        "INT dev=0x42 ev=1",
        "CLEAR dev=0x42 ev=1",
        "MOVI dev=0x42 ev=1 icid=0",
        "INVALL icid=0",
        "MOVALL rd1=0 rd2=0x1",
        "SYNC rdbase=0x1",
        "DISCARD dev=0x42 ev=1",
        "VMAPP vpe=6 rdbase=0x1 V=1 vpt=",
        "VMAPP vpe=7 rdbase=0 V=1",
        "VMAPTI dev=0x42 ev=3 vpe=6 vintid=8200 db=1023",
        "VMAPI dev=0x42 ev=4 vpe=6 vintid=4 db=1023",
        "VMOVI dev=0x42 ev=3 vpe=7 D=1 db=1023",
        "VMOVP vpe=6 rdbase=0 seq=0 itslist=0 DB=1 default_db=8800",
        "VSYNC vpe=6",
        "VINVALL vpe=6",
        "INVDB vpe=6",
        "VSGI vpe=6 sgi=5 prio=0xa0 G=1 C=0 E=1",
    };

    map_coll(&t, 0, 0);
    map_dev(&t, DEV, 4);
    mapti(&t, DEV, 1, LPI0 + 1, 0);
    mt_cmd(&t, 0x0b | C_DEVID(DEV), C_EVENTID(2), C_ICID(0), 0);
    unit_expect_violation("pINTID 2 out of the LPI range"); /* MAPI: ev=ID */
    inv(&t, DEV, 1);
    mt_cmd(&t, 0x03 | C_DEVID(DEV), C_EVENTID(1), 0, 0);
    mt_cmd(&t, 0x04 | C_DEVID(DEV), C_EVENTID(1), 0, 0);
    mt_cmd(&t, 0x01 | C_DEVID(DEV), C_EVENTID(1), C_ICID(0), 0);
    mt_cmd(&t, 0x0d, 0, C_ICID(0), 0);
    mt_cmd(&t, 0x0e, 0, C_RDBASE(0), C_RDBASE(1));
    mt_cmd(&t, 0x05, 0, C_RDBASE(1), 0);
    mt_cmd(&t, 0x0f | C_DEVID(DEV), C_EVENTID(1), 0, 0);
    vmapp(&t, 6, 1, &v, LPI0 + 599);
    vmapp(&t, 7, 0, &w, NO_DB);
    vmapti(&t, DEV, 3, 6, LPI0 + 8, NO_DB);
    mt_cmd(&t, 0x2b | C_DEVID(DEV), C_EVENTID(4) | C_VPEID(6), C_DB(NO_DB), 0);
    unit_expect_violation("vINTID 4 out of range");         /* VMAPI: ev=ID */
    mt_cmd(&t, 0x21 | C_DEVID(DEV), C_EVENTID(3) | C_VPEID(7), 1 | C_DB(NO_DB),
           0);
    mt_cmd(&t, 0x22, C_VPEID(6), (1ULL << 63) | C_RDBASE(0), LPI0 + 608);
    mt_cmd(&t, 0x25, C_VPEID(6), 0, 0);
    mt_cmd(&t, 0x2d, C_VPEID(6), 0, 0);
    mt_cmd(&t, 0x2e, C_VPEID(6), 0, 0);
    mt_cmd(&t, 0x23 | (1ULL << 8) | (1ULL << 10) | (0xaULL << 20) |
           (5ULL << 32), C_VPEID(6), 0, 0);

    CHECK_EQ(model_nr_cmds(t.m), ARRAY_SIZE(expect));
    for ( i = 0; i < ARRAY_SIZE(expect); i++ )
        if ( strncmp(model_cmd(t.m, i)->text, expect[i], strlen(expect[i])) )
            unit_fail(__FILE__, __LINE__, "command %u decoded as '%s', "
                      "expected '%s'", i, model_cmd(t.m, i)->text, expect[i]);
    CHECK_EQ(model_vpe_cpu(t.m, 6), 0);
    CHECK_EQ(model_count_events(t.m, MODEL_EV_VSGI), 1);
    CHECK_EQ(model_its_read(t.m, M_GITS_CREADR, 8),
             model_its_read(t.m, M_GITS_CWRITER, 8));
}

/* ---- Memory the GIC uses ---- */

UNIT_TEST(model_flags_free_of_referenced_memory)
{
    struct mt t = mt_setup(GIC_V3);
    void *itt = _xzalloc(256, 256);

    mt_cmd(&t, 0x08 | C_DEVID(DEV), 4, C_V | C_ITT(virt_to_maddr(itt)), 0);
    xfree(itt);
    unit_expect_violation("the GIC still uses: the ITT of mapped device 0x42");
}

UNIT_TEST(model_lazy_queue_runs_when_polled)
{
    struct model_config cfg = model_default_config(GIC_V3);
    struct mt t;
    void *itt;

    cfg.lazy = true;
    t = mt_setup_cfg(&cfg);
    itt = _xzalloc(256, 256);
    mt_cmd(&t, 0x08 | C_DEVID(DEV), 4, C_V | C_ITT(virt_to_maddr(itt)), 0);
    CHECK_EQ(model_nr_cmds(t.m), 0);
    CHECK_EQ(model_its_read(t.m, M_GITS_CREADR, 8), 32);
    CHECK_EQ(model_nr_cmds(t.m), 1);
    /* Unmap, then free before the ITS got to it: still referenced. */
    mt_cmd(&t, 0x08 | C_DEVID(DEV), 0, 0, 0);
    xfree(itt);
    unit_expect_violation("the ITT of mapped device 0x42");
    CHECK_EQ(model_process_commands(t.m), 1);
}

UNIT_TEST(model_v40_idai_checks_impdef_area)
{
    struct mt t = mt_setup(GIC_V4_0);
    struct vpe_tables v = vpe_tables();

    vmapp(&t, 1, 0, &v, 0);
    model_rdist_write(t.m, 0, M_GICR_VPROPBASER,
                      virt_to_maddr(v.vconf) | 15, 8);
    v.vpt[5] = 0x40;                    /* garbage in the IMPDEF area */
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER,
                      M_VPENDBASER_VALID | M_VPENDBASER_IDAI |
                      virt_to_maddr(v.vpt), 8);
    CHECK_EQ(model_nr_violations(t.m), 0);
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER, virt_to_maddr(v.vpt), 8);
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER,
                      M_VPENDBASER_VALID | virt_to_maddr(v.vpt), 8);
    unit_expect_violation("IDAI=0 but the VPT's IMPLEMENTATION DEFINED area");
}

UNIT_TEST(model_vmovp_sequence_across_two_its)
{
    struct model_config cfg = model_default_config(GIC_V4_0);
    struct vpe_tables v;
    struct mt t;

    cfg.vmovp = false;
    cfg.nr_its = 2;                 /* ITS numbers 0 and 1 */
    t = mt_setup_cfg(&cfg);
    v = vpe_tables();
    CHECK_EQ((model_its_read_at(t.m, 1, M_GITS_CTLR, 4) >> 4) & 0xf, 1);
    /* The vPE is mapped on both ITSes, identically. */
    vmapp(&t, 3, 0, &v, 0);
    mt_cmd_at(&t, 1, 0x29, C_VPEID(3), C_V | C_RDBASE(0),
              C_VPT(virt_to_maddr(v.vpt)) | 15);
    CHECK_EQ(model_nr_violations(t.m), 0);
    mt_cmd_at(&t, 1, 0x29, C_VPEID(4), C_V | C_RDBASE(1),
              C_VPT(virt_to_maddr(v.vpt)) | 15);
    vmapp(&t, 4, 0, &v, 0);
    unit_expect_violation("mapped on another ITS with a different VPT, size "
                          "or redistributor");

    /* One move: both ITSes, same sequence number and list. */
    mt_cmd(&t, 0x22 | (1ULL << 32), 0x3 | C_VPEID(3), C_RDBASE(1), 0);
    mt_cmd_at(&t, 1, 0x22 | (1ULL << 32), 0x3 | C_VPEID(3), C_RDBASE(1), 0);
    CHECK_EQ(model_nr_violations(t.m), 0);
    CHECK_EQ(model_vpe_cpu(t.m, 3), 1);
    CHECK_EQ(model_cmd(t.m, model_nr_cmds(t.m) - 1)->its, 1);

    /* A list that leaves out an ITS mapping the vPE. */
    mt_cmd(&t, 0x22 | (2ULL << 32), 0x1 | C_VPEID(3), C_RDBASE(0), 0);
    unit_expect_violation("ITS list 0x1 omits ITS 1, which maps vPE 3");

    /* A second move before the first reached ITS 1. */
    mt_cmd(&t, 0x22 | (3ULL << 32), 0x3 | C_VPEID(3), C_RDBASE(0), 0);
    mt_cmd(&t, 0x22 | (4ULL << 32), 0x3 | C_VPEID(3), C_RDBASE(1), 0);
    unit_expect_violation("VMOVP with sequence number 4 while the move with 3 "
                          "has not reached ITS list 0x3");
    mt_cmd_at(&t, 1, 0x22 | (4ULL << 32), 0x3 | C_VPEID(3), C_RDBASE(1), 0);
    CHECK_EQ(model_nr_violations(t.m), 0);

    /* A move left half done is reported when the case ends. */
    mt_cmd(&t, 0x22 | (5ULL << 32), 0x3 | C_VPEID(3), C_RDBASE(0), 0);
    model_final_checks(t.m);
    unit_expect_violation("reached ITSes 0x1 of ITS list 0x3 only");
    mt_cmd_at(&t, 1, 0x22 | (5ULL << 32), 0x3 | C_VPEID(3), C_RDBASE(0), 0);

    /* VMAPP V=0 on one ITS keeps the vPE mapped on the other. */
    mt_cmd_at(&t, 1, 0x29, C_VPEID(3), 0, 0);
    CHECK(model_vpe_mapped(t.m, 3));
    mt_cmd_at(&t, 1, 0x25, C_VPEID(3), 0, 0);
    unit_expect_violation("[VSYNC vpe=3] vPE 3 is not mapped on ITS1");
}

UNIT_TEST(model_flags_undersized_tables)
{
    struct mt t = mt_setup(GIC_V4_1);
    void *itt = mt_alloc(128, 256);             /* 32 events need 256 */
    struct vpe_tables v = vpe_tables();
    uint8_t *small = mt_alloc(1024, SZ_64K);

    mt_cmd(&t, 0x08 | C_DEVID(DEV), 4, C_V | C_ITT(virt_to_maddr(itt)), 0);
    unit_expect_violation("GIC access to an ITT at");
    v.vpt = small;                              /* 16 ID bits need 8K */
    vmapp(&t, 1, 0, &v, NO_DB);
    unit_expect_violation("GIC access to a virtual pending table");
}
