/*
 * tests/unit/tests/test_vits.c: Xen's vITS (vgic-v3-its.c) driven by a
 * guest through its MMIO handlers, on the GICv4.0 model: direct mappings
 * made from the guest's commands, the host commands each guest command
 * costs, a fixed-seed run of the fuzzer's interpreter, and every input in
 * fuzz/corpus/ (the fuzzer's crashes, kept as regression cases).
 */
#include <dirent.h>

#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"
#include "xen_util.h"
#include "vits_driver.h"

#define DEV         1U
#define EV          3U
#define VLPI        (LPI_OFFSET + 3)

static uint64_t itt(unsigned int n)
{
    return virt_to_maddr(vits.ram) + VITS_ITT_OFF + n * SZ_4K;
}

/* The guest maps device 1 (32 events) and event 3 -> vLPI 8195 on vCPU1. */
static void map_one(void)
{
    vits_mapd(DEV, 5, itt(0), true);
    vits_mapti(DEV, EV, VLPI, 1);
}

static bool is_direct(uint32_t dev, uint32_t ev, uint32_t *vintid)
{
    uint32_t intid, vpe;
    bool virt;

    CHECK(model_translate(vits.m, dev, ev, &virt, &intid, &vpe, NULL));
    if ( vintid )
        *vintid = intid;
    return virt;
}

#ifdef CONFIG_GICV4
/* The guest's commands for a device it owns become direct mappings. */
UNIT_TEST(vits_guest_commands_map_directly)
{
    uint32_t vintid;

    vits_boot();
    vits_session_begin();
    map_one();
    CHECK(vits.d->arch.vgic.its_vm);
    CHECK_EQ(model_count_cmds(vits.m, ITS_OP_VMAPTI), 1);
    CHECK(is_direct(DEV, EV, &vintid));
    CHECK_EQ(vintid, VLPI);
    /* Resident nowhere: the vLPI waits in the VPT. */
    CHECK_EQ(model_device_write(vits.m, DEV, EV), MODEL_EV_VPENDING);

    vits_event_cmd(GITS_CMD_CLEAR, DEV, EV);
    vits_event_cmd(GITS_CMD_INT, DEV, EV);
    /* INV of a direct event: the vPE's configuration is reloaded. */
    vits_event_cmd(GITS_CMD_INV, DEV, EV);
    CHECK_EQ(model_count_cmds(vits.m, ITS_OP_VINVALL), 1);
    vits_movi(DEV, EV, 0);
    CHECK_EQ(model_count_cmds(vits.m, ITS_OP_VMOVI), 1);
    vits_invall(0);
    CHECK_EQ(model_count_cmds(vits.m, ITS_OP_VINVALL), 2);
    CHECK_EQ(emul_nr_all_injections, 0);    /* all through the host ITS */

    vits_event_cmd(GITS_CMD_DISCARD, DEV, EV);
    CHECK(!is_direct(DEV, EV, NULL));
    CHECK_EQ(model_device_write(vits.m, DEV, EV), MODEL_EV_PLPI);
    vits_mapd(DEV, 5, 0, false);
    vits_session_end();
    emul_mark_boot_allocations();
}
/*
 * Issue 8 item 2, the limit on host commands: the INVs, INVALLs and SYNCs
 * handled in one trap cost one VINVALL + VSYNC per vCPU (per host ITS),
 * however many there are, and the reload still happens before CREADR
 * moves past the SYNC; any other command sends the gathered reloads
 * first.  A queue takes a trap per 256 commands (issue 18, defect 4).
 */
UNIT_TEST(vits_invalidations_coalesced_per_batch)
{
    unsigned int i, n, before, vinvall;
    uint8_t *prop;
    uint32_t vpe;
    bool virt;

    vits_boot();
    vits_session_begin();
    prop = vits.ram + VITS_PROP_OFF + VLPI - LPI_OFFSET;
    map_one();
    CHECK(model_translate(vits.m, DEV, EV, &virt, NULL, &vpe, NULL) && virt);
    vits_vcpu_in(1, 0);
    CHECK(model_vlpi_cached_enabled(vits.m, vpe, VLPI));

    /* The guest disables the vLPI: a queue full of INV, SYNC pairs. */
    *prop &= ~LPI_PROP_ENABLED;
    n = (vits.cq_size / ITS_CMD_SIZE - 1) / 2;
    for ( i = 0; i < n; i++ )
    {
        vits_queue(GITS_CMD_INV | ((uint64_t)DEV << 32), EV, 0, 0);
        vits_queue(GITS_CMD_SYNC, 0, 0, 0);
    }
    before = model_nr_cmds(vits.m);
    vinvall = model_count_cmds(vits.m, ITS_OP_VINVALL);
    vits_kick();
    CHECK(model_nr_cmds(vits.m) - before <= 2 * DIV_ROUND_UP(2 * n, 256));
    CHECK(model_count_cmds(vits.m, ITS_OP_VINVALL) - vinvall <=
          DIV_ROUND_UP(2 * n, 256));
    CHECK(!model_vlpi_cached_enabled(vits.m, vpe, VLPI));
    CHECK_EQ(vits_read(GITS_CREADR, 8), vits_read(GITS_CWRITER, 8));

    /* Enabled again; INVALLs of both vCPUs and INVs: one reload each. */
    *prop |= LPI_PROP_ENABLED;
    for ( i = 0; i < 100; i++ )
    {
        vits_queue(GITS_CMD_INVALL, 0, i & 1, 0);
        vits_queue(GITS_CMD_INV | ((uint64_t)DEV << 32), EV, 0, 0);
    }
    before = model_nr_cmds(vits.m);
    vits_kick();
    CHECK_EQ(model_nr_cmds(vits.m) - before, 4);
    CHECK(model_vlpi_cached_enabled(vits.m, vpe, VLPI));

    /* INV then MOVI: the reload goes first, then the move. */
    *prop &= ~LPI_PROP_ENABLED;
    vinvall = model_count_cmds(vits.m, ITS_OP_VINVALL);
    vits_queue(GITS_CMD_INV | ((uint64_t)DEV << 32), EV, 0, 0);
    vits_queue(GITS_CMD_MOVI | ((uint64_t)DEV << 32), EV, 0, 0);
    vits_kick();
    CHECK_EQ(model_count_cmds(vits.m, ITS_OP_VINVALL) - vinvall, 1);
    CHECK(!model_vlpi_cached_enabled(vits.m, vpe, VLPI));

    *prop |= LPI_PROP_ENABLED;
    vits_vcpu_out(1);
    vits_event_cmd(GITS_CMD_DISCARD, DEV, EV);
    vits_mapd(DEV, 5, 0, false);
    vits_session_end();
    emul_mark_boot_allocations();
}
#endif

/* Without GICv4 (or for an event that is not direct): the software path. */
UNIT_TEST(vits_guest_commands_software_path)
{
    vits_boot();
    vits_session_begin();
    vits_mapd(DEV, 5, itt(0), true);
    /* vLPI below 8192 is refused by neither; use a proper one. */
    vits_mapti(DEV, EV, VLPI, 1);
    vits_event_cmd(GITS_CMD_DISCARD, DEV, EV);
    CHECK(!is_direct(DEV, EV, NULL));
    vits_mapti(DEV, EV, VLPI, 1);
    if ( !vits.d->arch.vgic.its_vm )
    {
        /* CONFIG_GICV4=n: INT goes through the vGIC. */
        vits_event_cmd(GITS_CMD_INT, DEV, EV);
        CHECK_EQ(emul_nr_all_injections, 1);
        CHECK_EQ(emul_vgic_queued(vits.d->vcpu[1], true), 1);
    }
    vits_mapd(DEV, 5, 0, false);
    CHECK_EQ(emul_vgic_queued(vits.d->vcpu[1], true), 0);
    vits_session_end();
    emul_mark_boot_allocations();
}

/*
 * Item 4: host ITS commands per guest command, for each kind, on a
 * direct event; and one CWRITER write with a full queue costs a bounded
 * number of host commands.  The table goes to $VITS_AMP_OUT if set.
 */
struct amp {
    const char *what;
    unsigned int guest, host, bound;
};

static unsigned int host_cmds_of(void (*fn)(void))
{
    unsigned int before = model_nr_cmds(vits.m);

    fn();
    return model_nr_cmds(vits.m) - before;
}

static void g_mapd(void) { vits_mapd(2, 5, itt(1), true); }
static void g_mapc(void) { vits_mapc(2, 1, true); }
static void g_mapti_first(void) { vits_mapti(DEV, EV, VLPI, 1); }
static void g_mapti(void) { vits_mapti(DEV, EV + 1, VLPI + 1, 1); }
static void g_inv(void) { vits_event_cmd(GITS_CMD_INV, DEV, EV); }
static void g_int(void) { vits_event_cmd(GITS_CMD_INT, DEV, EV); }
static void g_clear(void) { vits_event_cmd(GITS_CMD_CLEAR, DEV, EV); }
static void g_movi(void) { vits_movi(DEV, EV, 0); }
static void g_invall(void) { vits_invall(0); }
static void g_sync(void) { vits_cmd(GITS_CMD_SYNC, 0, 0, 0); }
static void g_discard(void) { vits_event_cmd(GITS_CMD_DISCARD, DEV, EV); }
static void g_inv_unmapped(void) { vits_event_cmd(GITS_CMD_INV, DEV, 9); }
static void g_mapd_unmap(void) { vits_mapd(2, 5, 0, false); }

UNIT_TEST(vits_host_commands_per_guest_command)
{
    /*
     * Bounds the code has (GICv4.0, one ITS): MAPD maps every event of
     * the device on the host (MAPD, MAPTI + INV per event, SYNC);
     * the first direct MAPTI builds the VM (VMAPP per vPE, the doorbell
     * proxy: 15 for 2 vCPUs); a direct MAPTI is DISCARD SYNC VMAPTI VSYNC;
     * INT/CLEAR/MOVI are the command plus VSYNC; DISCARD is DISCARD
     * VSYNC, then MAPTI INV SYNC back to the physical LPI; the INVs and
     * INVALLs of one CWRITER write are one VINVALL + VSYNC per vCPU and
     * ITS, however many; MAPD V=0 is a DISCARD per event of the device
     * (its pending LPI must not reach the LPI's next owner), a SYNC and
     * the MAPD, plus a DISCARD's 5 per direct event.  So one CWRITER
     * write costs at most 5 host commands per guest command, except MAPD:
     * 2 per event of the device (V=1) or 1 per event and 5 per direct
     * event (V=0), the device's size being the guest's choice up to the
     * host's EventID bits.
     */
    struct amp t[] = {
        { "MAPD V=1 (32 events)", 1, 0, 2 * 32 + 2 },
        { "MAPC", 1, 0, 0 },
        { "MAPTI (first: builds the VM)", 1, 0, 15 },
        { "MAPTI (direct)", 1, 0, 4 },
        { "INV (direct)", 1, 0, 2 },
        { "INT (direct)", 1, 0, 2 },
        { "CLEAR (direct)", 1, 0, 2 },
        { "MOVI (direct)", 1, 0, 2 },
        { "INVALL", 1, 0, 2 },
        { "SYNC", 1, 0, 0 },
        { "INV (unmapped event)", 1, 0, 0 },
        { "DISCARD (direct)", 1, 0, 5 },
        { "MAPD V=0 (32 events)", 1, 0, 32 + 2 },
    };
    void (*fns[])(void) = { g_mapd, g_mapc, g_mapti_first, g_mapti, g_inv,
                            g_int, g_clear, g_movi, g_invall, g_sync,
                            g_inv_unmapped, g_discard, g_mapd_unmap };
    const char *out = getenv("VITS_AMP_OUT");
    unsigned int i, before, n;
    FILE *f = NULL;

    vits_boot();
    vits_session_begin();
    vits_mapd(DEV, 5, itt(0), true);
    for ( i = 0; i < ARRAY_SIZE(t); i++ )
        t[i].host = host_cmds_of(fns[i]);

    /* One CWRITER write, a queue full of INVs of a direct event. */
    vits_mapti(DEV, EV, VLPI, 1);
    n = vits.cq_size / ITS_CMD_SIZE - 1;
    for ( i = 0; i < n; i++ )
        vits_queue(GITS_CMD_INV | ((uint64_t)DEV << 32), EV, 0, 0);
    before = model_nr_cmds(vits.m);
    vits_kick();

    if ( out && (f = fopen(out, "a")) )
    {
        fprintf(f, "%-30s %6s %6s %6s\n", vits.d->arch.vgic.its_vm ?
                "guest command (GICv4.0)" : "guest command (no GICv4)",
                "guest", "host", "bound");
        for ( i = 0; i < ARRAY_SIZE(t); i++ )
            fprintf(f, "%-30s %6u %6u %6u\n", t[i].what, t[i].guest,
                    t[i].host, t[i].bound);
        fprintf(f, "%-30s %6u %6u %6u\n", "one CWRITER: queue of INVs", n,
                model_nr_cmds(vits.m) - before, 2);
        fclose(f);
    }
    for ( i = 0; i < ARRAY_SIZE(t); i++ )
        if ( t[i].host > t[i].bound )
            unit_fail(__FILE__, __LINE__, "%s: %u host commands, bound %u",
                      t[i].what, t[i].host, t[i].bound);
    CHECK(model_nr_cmds(vits.m) - before <= 2);

    /* MAPD V=0 with one direct event left: its DISCARD, then the device's. */
    vits_event_cmd(GITS_CMD_DISCARD, DEV, EV);
    before = model_nr_cmds(vits.m);
    vits_mapd(DEV, 5, 0, false);
    i = model_nr_cmds(vits.m) - before;
    if ( out && (f = fopen(out, "a")) )
    {
        fprintf(f, "%-30s %6u %6u %6u\n", "MAPD V=0 (32 ev., 1 direct)", 1,
                i, 5 + 32 + 2);
        fclose(f);
    }
    CHECK(i <= 5 + 32 + 2);
    vits_session_end();
    emul_mark_boot_allocations();
}

/* ---- The fuzzer's interpreter, fixed seeds ---- */

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint8_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng >> 24;
}

static void smoke(uint64_t seed, unsigned int inputs, bool msi)
{
    uint8_t buf[768];
    char leak[160];
    unsigned int i, j;

    /* Hundreds of inputs under ASan: more than a plain case's 10 s. */
    unit_case_timeout(60);

    rng = seed;
    vits_boot();
    vits_warmup();
    vits.msi = msi;
    vits.avoid_known = false;
    for ( i = 0; i < inputs; i++ )
    {
        for ( j = 0; j < sizeof(buf); j++ )
            buf[j] = rnd();
        if ( getenv("VITS_DUMP") )
        {
            FILE *f = fopen(getenv("VITS_DUMP"), "wb");

            if ( f )
            {
                fwrite(buf, 1, sizeof(buf), f);
                fclose(f);
            }
        }
        vits_run_input(buf, sizeof(buf));
        emul_mark_boot_allocations_from("xenheap");
        if ( emul_first_leak(leak, sizeof(leak)) )
            unit_fail(__FILE__, __LINE__, "input %u: leak: %s", i, leak);
        model_clear_records(vits.m);
        emul_log_reset();
    }
    if ( getenv("VITS_STATS") )
    {
        FILE *f = fopen(getenv("VITS_STATS"), "a");

        if ( f )
        {
            fprintf(f, "smoke seed %#lx: %u inputs, %lu guest commands "
                    "queued, %lu consumed by the vITS\n", (unsigned long)seed,
                    inputs, vits.fuzz_cmds, vits_cmds_done);
            fclose(f);
        }
    }
    emul_mark_boot_allocations();
}

/*
 * Issue 18: the fuzzer's inputs as an untrusted domain (d1, direct-mapped,
 * owning half the DeviceIDs the inputs use), destroyed at a point of each
 * input without unmapping anything, its ID reused by the next domain.
 */
UNIT_TEST(vits_fuzz_smoke_fixed_seed_untrusted_domain)
{
    vits.domu = true;
    smoke(0x5eed0005, 300, true);
    CHECK(vits.domu_deaths >= 300);
    CHECK(emul_perfc("vits_mapd_not_owned") > 0);
}

UNIT_TEST(vits_fuzz_smoke_fixed_seed)
{
    smoke(0x5eed0001, 400, false);
}

UNIT_TEST(vits_fuzz_smoke_fixed_seed_with_msis)
{
    smoke(0x5eed0002, 300, true);
}

/* The same on the GICv4.1 model, and with two ITSes (VMOVP lists). */
UNIT_TEST(vits_fuzz_smoke_fixed_seed_v41)
{
    vits.v41 = true;
    smoke(0x5eed0003, 300, true);
    vits.v41 = false;
    CHECK_EQ(model_config(vits.m)->version, GIC_V4_1);
#ifdef CONFIG_GICV4
    CHECK(gicv4_is_active());
#endif
}

UNIT_TEST(vits_fuzz_smoke_fixed_seed_two_its)
{
    vits.two_its = true;
    smoke(0x5eed0004, 300, true);
    vits.two_its = false;
    CHECK_EQ(model_config(vits.m)->nr_its, 2);
}

/* ---- fuzz/corpus/: every crash found, one case per file ---- */

#ifndef VITS_CORPUS_DIR
#define VITS_CORPUS_DIR "fuzz/corpus"
#endif
#define MAX_CORPUS 64

static char corpus_names[MAX_CORPUS][128];
static char corpus_files[MAX_CORPUS][512];

static void run_corpus(unsigned int i)
{
    static uint8_t buf[1 << 16];
    FILE *f = fopen(corpus_files[i], "rb");
    size_t n;

    CHECK(f);
    n = fread(buf, 1, sizeof(buf), f);
    fclose(f);
    vits_boot();
    vits_warmup();
    /* Inputs named "*msi*" were found with device MSIs on. */
    vits.msi = strstr(corpus_files[i], "msi") != NULL;
    vits_run_input(buf, n);
    emul_mark_boot_allocations_from("xenheap");
}

#define CORPUS_THUNK(i) static void corpus_##i(void) { run_corpus(i); }
#define T8(a) CORPUS_THUNK(a##0) CORPUS_THUNK(a##1) CORPUS_THUNK(a##2) \
    CORPUS_THUNK(a##3) CORPUS_THUNK(a##4) CORPUS_THUNK(a##5)            \
    CORPUS_THUNK(a##6) CORPUS_THUNK(a##7)
T8(0) T8(1) T8(2) T8(3) T8(4) T8(5) T8(6) T8(7)
#define P8(a) corpus_##a##0, corpus_##a##1, corpus_##a##2, corpus_##a##3, \
    corpus_##a##4, corpus_##a##5, corpus_##a##6, corpus_##a##7
static unit_test_fn corpus_fns[MAX_CORPUS] = {
    P8(0), P8(1), P8(2), P8(3), P8(4), P8(5), P8(6), P8(7)
};

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * One case per file, "vits_corpus_<file>".  A file whose name starts with
 * "defect-" reproduces a Xen defect not fixed yet: a UNIT_TEST_DEFECT
 * (KNOWN_DEFECTS=1); rename it without the prefix once fixed.
 */
__attribute__((constructor)) static void corpus_register(void)
{
    DIR *dir = opendir(VITS_CORPUS_DIR);
    struct dirent *e;
    char *names[MAX_CORPUS];
    unsigned int n = 0, i;

    if ( !dir )
        return;
    while ( (e = readdir(dir)) && n < MAX_CORPUS )
        if ( e->d_name[0] != '.' && strcmp(e->d_name, "README") )
            names[n++] = strdup(e->d_name);
    closedir(dir);
    qsort(names, n, sizeof(names[0]), name_cmp);
    for ( i = 0; i < n; i++ )
    {
        bool defect = !strncmp(names[i], "defect-", 7);

        snprintf(corpus_names[i], sizeof(corpus_names[i]), "vits_corpus_%s",
                 names[i]);
        snprintf(corpus_files[i], sizeof(corpus_files[i]), "%s/%s",
                 VITS_CORPUS_DIR, names[i]);
        if ( defect )
            unit_register_defect(corpus_names[i], corpus_fns[i]);
        else
            unit_register(corpus_names[i], corpus_fns[i], NULL);
        free(names[i]);
    }
}
