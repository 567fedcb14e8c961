/*
 * tests/unit/model/gic_model.h: an architectural model of one GIC ITS and
 * its redistributors (one per CPU), as GICv3, GICv4.0 or GICv4.1.
 *
 * The model owns no hypervisor knowledge.  Software talks to it through
 * MMIO (model_its_read/write, model_rdist_read/write) and through the
 * memory its registers point at: host pointers are physical addresses.
 * Every command written to the command queue is decoded, checked against
 * the architecture of the selected version, recorded, and applied.
 * Anything the specification calls UNPREDICTABLE, RES0 or an error, and
 * the software rules the project cares about, becomes a *violation*: a
 * line of text that names the decoded command.  A test passes only when
 * the list is empty (or holds exactly what a negative test provoked).
 *
 * Field positions: IHI 0069 command and register descriptions, checked
 * against Linux (irq-gic-v3-its.c encoders) and QEMU 7.2 (gicv3_internal.h).
 */
#ifndef TESTS_UNIT_GIC_MODEL_H
#define TESTS_UNIT_GIC_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum gic_version {
    GIC_V3,
    GIC_V4_0,
    GIC_V4_1,
};

struct model_config {
    enum gic_version version;
    unsigned int nr_cpus;       /* Redistributors, one per CPU (<= 8) */
    unsigned int nr_its;        /* ITSes (<= 4), sharing the redistributors */
    unsigned int devid_bits;    /* GITS_TYPER.Devbits + 1 */
    unsigned int evid_bits;     /* GITS_TYPER.ID_bits + 1 */
    unsigned int lpi_id_bits;   /* GICD_TYPER.IDbits + 1, for LPIs */
    unsigned int cid_bits;      /* collections (GITS_TYPER.CIL = 1) */
    unsigned int vpeid_bits;    /* vPE IDs the model accepts */
    unsigned int itt_entry_size;
    unsigned int its_number;    /* GITS_CTLR.ITS_Number of ITS 0 (GICv4);
                                   ITS n has its_number + n at reset */
    bool its_number_ro;         /* ITS_Number read-only (else RW while
                                   the ITS is disabled) */
    unsigned int dirty_reads;   /* VPENDBASER reads that still show Dirty */
    bool pta;                   /* GITS_TYPER.PTA: RDbase is an address */
    bool direct_lpi;            /* GICR_TYPER.DirectLPI (always on 4.1);
                                   off by default, as on QEMU */
    bool svpet;                 /* GICv4.1 GITS_TYPER.SVPET = 1: the ITSes
                                   share the redistributors' vPE table */
    bool vmovp;                 /* GITS_TYPER.VMOVP: no ITS list needed */
    bool lazy;                  /* commands run when CREADR is polled */
    bool stalled;               /* commands never run: an ITS that hangs */
    bool non_shareable;         /* tables read back as non-shareable */
    unsigned int page_sizes;    /* GITS_BASER page sizes: bit 0 4K, 1 16K,
                                   2 64K; others read back as a smaller one */
    /* Per redistributor (bit n: CPU n's), for mixed or dirty systems: */
    uint32_t rd_no_direct_lpi;  /* GICR_TYPER.DirectLPI reads 0 */
    uint32_t rd_no_rvpeid;      /* GICv4.1: GICR_TYPER.RVPEID reads 0 */
    bool idai_on_deschedule;    /* GICv4.0: a deschedule reports IDAI=1 (the
                                   VPT's IMPLEMENTATION DEFINED area was not
                                   left valid); the next schedule must then
                                   write IDAI=1 */
    uint32_t rd_stale_vpe;      /* out of reset with GICR_VPENDBASER.Valid=1
                                   (vPEID 0 on 4.1, an unknown VPT on 4.0;
                                   firmware or a kexec'd kernel left it)
                                   and junk in GICR_VPROPBASER */
};

/* Physical addresses of the frames, for the harness's ioremap. */
#define MODEL_ITS_BASE          0x08080000UL    /* ITS n at + n * SIZE */
#define MODEL_ITS_SIZE          0x20000UL
#define MODEL_RDIST_BASE        0x08200000UL
#define MODEL_RDIST_STRIDE_V3   0x20000UL       /* RD_base + SGI_base */
#define MODEL_RDIST_STRIDE_V4   0x40000UL       /* + VLPI_base + reserved */
#define MODEL_GICR_VLPI_OFFSET  0x20000UL

/* What a device write turned into. */
enum model_event_kind {
    MODEL_EV_PLPI,              /* physical LPI delivered to a CPU */
    MODEL_EV_DOORBELL,          /* physical doorbell LPI delivered */
    MODEL_EV_DIRECT,            /* vLPI straight to a resident vPE */
    MODEL_EV_VPENDING,          /* vLPI left pending in the vPE's VPT */
    MODEL_EV_PPENDING,          /* pLPI left pending (disabled) */
    MODEL_EV_DROPPED,           /* no translation: nothing happens */
    MODEL_EV_VSGI,              /* VSGI command made a vSGI pending */
};

struct model_event {
    enum model_event_kind kind;
    unsigned int cpu;
    uint32_t intid;             /* pINTID, doorbell or vINTID */
    uint32_t vpeid;
    uint32_t devid, eventid;
    char text[128];
};

struct model_cmd {
    uint64_t raw[4];
    unsigned int its;           /* which ITS ran it */
    uint8_t opcode;
    const char *name;
    char text[200];             /* decoded: "MAPTI dev=.. ev=.. ..." */
};

struct gic_model;

/* Called for every physical LPI the model signals on a CPU. */
typedef void (*model_deliver_fn)(struct gic_model *m, unsigned int cpu,
                                 uint32_t intid, void *opaque);

/*
 * Optional: asked before the model touches memory software gave it (tables,
 * queue); false makes the access a violation instead of a wild pointer.
 */
typedef bool (*model_mem_check_fn)(uint64_t pa, size_t size, void *opaque);
void model_set_mem_check(struct gic_model *m, model_mem_check_fn fn,
                         void *opaque);

/* Default configuration for a version (IDs wide enough for the tests). */
struct model_config model_default_config(enum gic_version v);
/*
 * GICD_TYPER2 (the model has no distributor frame; Xen's gic-v3.c reads
 * it and hands it to gicv4_init()): on GICv4.1 VIL = 1 and VID = the
 * model's vPEID bits - 1; RES0 before.
 */
uint32_t model_gicd_typer2(const struct gic_model *m);
struct gic_model *model_create(const struct model_config *cfg);
void model_destroy(struct gic_model *m);
const struct model_config *model_config(const struct gic_model *m);
void model_set_deliver(struct gic_model *m, model_deliver_fn fn, void *opaque);

/* Physical base of ITS 0 / ITS n, and of a CPU's redistributor frames. */
uint64_t model_its_base(const struct gic_model *m);
uint64_t model_its_base_at(const struct gic_model *m, unsigned int n);
uint64_t model_rdist_base(const struct gic_model *m, unsigned int cpu);
uint64_t model_rdist_stride(const struct gic_model *m);

/*
 * MMIO: offsets are relative to the ITS base / the CPU's RD_base.  The
 * plain forms are ITS 0; the _at forms name ITS n.
 */
uint64_t model_its_read(struct gic_model *m, uint64_t off, unsigned int size);
void model_its_write(struct gic_model *m, uint64_t off, uint64_t val,
                     unsigned int size);
uint64_t model_its_read_at(struct gic_model *m, unsigned int n, uint64_t off,
                           unsigned int size);
void model_its_write_at(struct gic_model *m, unsigned int n, uint64_t off,
                        uint64_t val, unsigned int size);
uint64_t model_rdist_read(struct gic_model *m, unsigned int cpu, uint64_t off,
                          unsigned int size);
void model_rdist_write(struct gic_model *m, unsigned int cpu, uint64_t off,
                       uint64_t val, unsigned int size);
/* Route an absolute physical address; false if it is not a model frame. */
bool model_mmio_read(struct gic_model *m, uint64_t pa, unsigned int size,
                     uint64_t *val);
bool model_mmio_write(struct gic_model *m, uint64_t pa, uint64_t val,
                      unsigned int size);

/* A device (DeviceID) writes EventID to GITS_TRANSLATER of ITS 0 / n. */
enum model_event_kind model_device_write(struct gic_model *m, uint32_t devid,
                                         uint32_t eventid);
enum model_event_kind model_device_write_at(struct gic_model *m,
                                            unsigned int n, uint32_t devid,
                                            uint32_t eventid);
/* Make the ITS hang (or recover) from now on. */
void model_set_stalled(struct gic_model *m, bool stalled);
/*
 * The @n-th next command any ITS is about to run (1: the next) makes that
 * ITS stall instead: it and every later command of that ITS stay queued
 * (Xen's wait times out) until model_set_stalled(m, false).
 */
void model_stall_nth_cmd(struct gic_model *m, unsigned int n);
/* The same for the next command with opcode @op (0: none). */
void model_stall_next_op(struct gic_model *m, uint8_t op);
bool model_its_stalled(const struct gic_model *m, unsigned int n);
/* GITS_CTLR.ITS_Number of ITS @n now. */
unsigned int model_its_number(const struct gic_model *m, unsigned int n);
/*
 * @cpu's GICR_VPENDBASER.Dirty reads 1 from now on (or normal again),
 * resident or not; while it does, PendingLast reads 0 (it is UNKNOWN).
 */
void model_set_dirty_stuck(struct gic_model *m, unsigned int cpu, bool stuck);
/*
 * The next @n GICR_INVLPIR/INVALLR writes to @cpu's redistributor have no
 * effect and leave GICR_SYNCR busy (until the next one that works): an
 * invalidation that fails.
 */
void model_fail_rd_inv(struct gic_model *m, unsigned int cpu, unsigned int n);
bool model_rd_syncr_busy(const struct gic_model *m, unsigned int cpu);
/* Run queued commands now (lazy mode); returns how many ran. */
unsigned int model_process_commands(struct gic_model *m);
/*
 * @cpu's CPU interface acknowledges physical LPI @intid (a read of
 * ICC_IAR1_EL1): true if it was still pending, which it no longer is;
 * false if nothing is pending any more (a DISCARD or CLEAR removed the
 * pending state since the GIC signalled it, or an earlier acknowledge
 * took it: an edge-triggered LPI signalled twice while pending is taken
 * once), and the read returns the spurious INTID.  (Without a pending
 * table the model tracks nothing: true.)
 */
bool model_lpi_acknowledge(struct gic_model *m, unsigned int cpu,
                           uint32_t intid);

/* The hypervisor is about to enter a guest on @cpu (GICv4.1 Dirty rule). */
void model_enter_guest(struct gic_model *m, unsigned int cpu);

/* State queries. */
int model_resident_vpe(const struct gic_model *m, unsigned int cpu);
bool model_vpe_mapped(const struct gic_model *m, uint32_t vpeid);
int model_vpe_cpu(const struct gic_model *m, uint32_t vpeid);
bool model_vlpi_pending(const struct gic_model *m, uint32_t vpeid,
                        uint32_t vintid);
bool model_lpi_pending(const struct gic_model *m, unsigned int cpu,
                       uint32_t intid);
bool model_pending_last(const struct gic_model *m, unsigned int cpu);
/* GICv4.1: the last deschedule requested the default doorbell (one-shot). */
bool model_vpe_doorbell_armed(const struct gic_model *m, uint32_t vpeid);
bool model_lpi_cached_enabled(const struct gic_model *m, uint32_t intid);
bool model_lpi_cached_enabled_at(const struct gic_model *m, unsigned int cpu,
                                 uint32_t intid);
/* The enable bit of a vLPI as the vPE's redistributor has it cached. */
bool model_vlpi_cached_enabled(const struct gic_model *m, uint32_t vpeid,
                               uint32_t vintid);
/* Translation of (devid, eventid): false when not mapped. */
bool model_translate(const struct gic_model *m, uint32_t devid,
                     uint32_t eventid, bool *is_virtual, uint32_t *intid,
                     uint32_t *vpeid_or_icid, uint32_t *doorbell);
bool model_translate_at(const struct gic_model *m, unsigned int n,
                        uint32_t devid, uint32_t eventid, bool *is_virtual,
                        uint32_t *intid, uint32_t *vpeid_or_icid,
                        uint32_t *doorbell);
/* End-of-case checks (a VMOVP that did not reach its whole ITS list). */
void model_final_checks(struct gic_model *m);

/* Records. */
unsigned int model_nr_violations(const struct gic_model *m);
const char *model_violation(const struct gic_model *m, unsigned int i);
void model_clear_violations(struct gic_model *m);
/* Add a violation found outside the model (e.g. by the allocator hook). */
void model_report(struct gic_model *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

unsigned int model_nr_cmds(const struct gic_model *m);
const struct model_cmd *model_cmd(const struct gic_model *m, unsigned int i);
unsigned int model_count_cmds(const struct gic_model *m, uint8_t opcode);

unsigned int model_nr_events(const struct gic_model *m);
const struct model_event *model_event(const struct gic_model *m,
                                      unsigned int i);
unsigned int model_count_events(const struct gic_model *m,
                                enum model_event_kind kind);
void model_clear_records(struct gic_model *m);

/* Does the GIC still use [p, p + size)?  Returns what, or NULL. */
const char *model_find_reference(const struct gic_model *m, const void *p,
                                 size_t size);

/* Command opcodes (IHI 0069, "ITS commands"). */
#define ITS_OP_MOVI     0x01
#define ITS_OP_INT      0x03
#define ITS_OP_CLEAR    0x04
#define ITS_OP_SYNC     0x05
#define ITS_OP_MAPD     0x08
#define ITS_OP_MAPC     0x09
#define ITS_OP_MAPTI    0x0a
#define ITS_OP_MAPI     0x0b
#define ITS_OP_INV      0x0c
#define ITS_OP_INVALL   0x0d
#define ITS_OP_MOVALL   0x0e
#define ITS_OP_DISCARD  0x0f
#define ITS_OP_VMOVI    0x21
#define ITS_OP_VMOVP    0x22
#define ITS_OP_VSGI     0x23
#define ITS_OP_VSYNC    0x25
#define ITS_OP_VMAPP    0x29
#define ITS_OP_VMAPTI   0x2a
#define ITS_OP_VMAPI    0x2b
#define ITS_OP_VINVALL  0x2d
#define ITS_OP_INVDB    0x2e

/* Register offsets the model implements. */
#define M_GITS_CTLR         0x0000
#define M_GITS_IIDR         0x0004
#define M_GITS_TYPER        0x0008
#define M_GITS_CBASER       0x0080
#define M_GITS_CWRITER      0x0088
#define M_GITS_CREADR       0x0090
#define M_GITS_BASER0       0x0100
#define M_GITS_PIDR2        0xffe8
#define M_GITS_TRANSLATER   0x10040

#define M_GICR_CTLR         0x0000
#define M_GICR_IIDR         0x0004
#define M_GICR_TYPER        0x0008
#define M_GICR_WAKER        0x0014
#define M_GICR_PROPBASER    0x0070
#define M_GICR_PENDBASER    0x0078
#define M_GICR_INVLPIR      0x00a0
#define M_GICR_INVALLR      0x00b0
#define M_GICR_SYNCR        0x00c0
#define M_GICR_PIDR2        0xffe8
#define M_GICR_VPROPBASER   (MODEL_GICR_VLPI_OFFSET + 0x70)
#define M_GICR_VPENDBASER   (MODEL_GICR_VLPI_OFFSET + 0x78)

/* GICR_VPENDBASER bits common to 4.0 and 4.1, and the 4.1-only ones. */
#define M_VPENDBASER_VALID          (1ULL << 63)
#define M_VPENDBASER_IDAI           (1ULL << 62)    /* 4.0 */
#define M_VPENDBASER_PENDINGLAST    (1ULL << 61)
#define M_VPENDBASER_DIRTY          (1ULL << 60)
#define M_VPENDBASER_41_DB          (1ULL << 62)    /* 4.1 */
#define M_VPENDBASER_41_VGRP0EN     (1ULL << 59)
#define M_VPENDBASER_41_VGRP1EN     (1ULL << 58)

#endif /* TESTS_UNIT_GIC_MODEL_H */
