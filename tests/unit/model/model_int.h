/*
 * tests/unit/model/model_int.h: state shared by the ITS and the
 * redistributor halves of the GIC model.  Not for tests: use gic_model.h.
 */
#ifndef TESTS_UNIT_MODEL_INT_H
#define TESTS_UNIT_MODEL_INT_H

#include "gic_model.h"

#define MODEL_MAX_CPUS      8
#define MODEL_MAX_ITS       4
#define NO_DOORBELL         1023U
#define FIRST_LPI           8192U

#define MASK(h, l)          ((~0ULL << (l)) & (~0ULL >> (63 - (h))))
#define FIELD(v, h, l)      (((v) & MASK(h, l)) >> (l))
#define MIN(a, b)           ((a) < (b) ? (a) : (b))
/* Redistributor @cpu's cached configuration byte of LPI @intid. */
#define LPI_CFG(m, cpu, intid) ((m)->lpi_cfg[(cpu) * (m)->nr_lpis + (intid)])

/* One Interrupt Translation Entry. */
struct model_ite {
    bool valid;
    bool virt;                  /* vLPI (VMAPTI/VMAPI) or pLPI */
    uint32_t intid;             /* pINTID or vINTID */
    uint32_t icid;              /* physical: collection */
    uint32_t vpeid;             /* virtual: vPE */
    uint32_t doorbell;          /* virtual, GICv4.0: per-vLPI doorbell */
};

struct model_device {
    struct model_device *next;
    uint32_t devid;
    uint64_t itt;               /* ITT physical address */
    unsigned int nr_events;     /* 2^(Size + 1) */
    struct model_ite *ites;
};

struct model_collection {
    bool valid;
    unsigned int cpu;
};

struct model_vpe {
    bool valid;                 /* mapped on at least one ITS */
    uint32_t its_mask;          /* ITSes with a VMAPP for it */
    unsigned int cpu;           /* redistributor from VMAPP/VMOVP */
    uint64_t vpt;               /* virtual pending table */
    unsigned int vpt_ids;       /* 2^(VPT_size + 1) vINTIDs */
    uint64_t vconf;             /* GICv4.1: virtual configuration table */
    uint32_t default_db;        /* GICv4.1 */
    bool db_armed;              /* GICv4.1: doorbell requested on deschedule */
    bool idai_reported;         /* GICv4.0: the last deschedule read IDAI=1 */
    unsigned int nr_maps[MODEL_MAX_ITS];    /* ITEs that target it, per ITS */
    struct {                    /* VMOVP in progress (GITS_TYPER.VMOVP=0) */
        bool open;
        uint16_t seq, list;
        unsigned int cpu;
        uint32_t done;          /* ITS numbers that got it */
    } move;
    uint8_t *vcfg;              /* cached vLPI configuration */
};

struct model_rdist {
    uint32_t ctlr;
    uint64_t propbaser, pendbaser;
    uint64_t vpropbaser, vpendbaser;
    bool resident;
    int res_vpe;                /* resident vPE, -1 when unknown */
    unsigned int dirty_left;    /* reads left that report Dirty */
    bool dirty_polled;          /* Dirty read back as 0 since residency */
    bool pending_last;
    bool dirty_stuck;           /* model_set_dirty_stuck() */
    unsigned int inv_fail;      /* model_fail_rd_inv(): INVs to drop */
    bool syncr_busy;            /* ... and GICR_SYNCR stays busy */
};

/* One ITS: registers, device and collection tables. */
struct model_its {
    unsigned int idx;           /* frame index in the model */
    unsigned int number;        /* GITS_CTLR.ITS_Number, for ITS lists */
    bool enabled;
    uint64_t cbaser, cwriter, creadr;
    uint64_t baser[8];
    struct model_device *devices;
    struct model_collection *colls;
    bool stalled;               /* model_stall_nth_cmd() hit this ITS */
    /* ITS-list VMOVPs in the order this ITS ran them (ordering rule). */
    struct model_move_rec {
        uint32_t vpeid;
        uint16_t seq, list;
    } moves[128];
    unsigned int nr_moves;
};

struct gic_model {
    struct model_config cfg;
    model_deliver_fn deliver;
    void *deliver_opaque;
    model_mem_check_fn mem_check;
    void *mem_check_opaque;

    struct model_its its[MODEL_MAX_ITS];
    struct model_its *cur_its;          /* ITS running a command */
    unsigned int stall_countdown;       /* model_stall_nth_cmd() */
    uint8_t stall_op;                   /* model_stall_next_op() */
    struct model_vpe *vpes;
    unsigned int nr_colls, nr_vpes;

    struct model_rdist rd[MODEL_MAX_CPUS];
    uint8_t *lpi_cfg;           /* cached physical LPI configuration, one
                                   copy per redistributor: LPI_CFG() */
    unsigned int nr_lpis;       /* 2^lpi_id_bits */

    /* Records */
    char **violations;
    unsigned int nr_violations, max_violations;
    struct model_cmd *cmds;
    unsigned int nr_cmds, max_cmds;
    struct model_event *events;
    unsigned int nr_events, max_events;
    const struct model_cmd *cur;        /* command being processed */
    unsigned int delivering;            /* nesting of deliver callbacks */
};

/* model.c */
void model_violation_add(struct gic_model *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void model_event_add(struct gic_model *m, enum model_event_kind kind,
                     unsigned int cpu, uint32_t intid, uint32_t vpeid,
                     uint32_t devid, uint32_t eventid);

struct model_cmd *model_cmd_new(struct gic_model *m);
/* Memory at @pa for the GIC to access, or NULL (and a violation). */
void *model_mem(struct gic_model *m, uint64_t pa, size_t size,
                const char *what);

/* its.c */
void its_process_queue(struct gic_model *m, struct model_its *its);
struct model_device *model_find_device(const struct model_its *its,
                                       uint32_t devid);

/* rdist.c */
uint8_t model_read_lpi_cfg_mem(struct gic_model *m, uint32_t intid);
void model_reload_lpi(struct gic_model *m, unsigned int cpu, uint32_t intid);
void model_reload_all_lpis(struct gic_model *m, unsigned int cpu);
void model_reload_vlpi(struct gic_model *m, uint32_t vpeid, uint32_t vintid);
void model_reload_all_vlpis(struct gic_model *m, uint32_t vpeid);
void model_reload_doorbell(struct gic_model *m, unsigned int cpu,
                           uint32_t vpeid);
void model_signal_plpi(struct gic_model *m, unsigned int cpu, uint32_t intid,
                       bool doorbell, uint32_t devid, uint32_t eventid);
void model_signal_vlpi(struct gic_model *m, uint32_t vpeid, uint32_t vintid,
                       uint32_t doorbell, uint32_t devid, uint32_t eventid);
void model_clear_vlpi(struct gic_model *m, uint32_t vpeid, uint32_t vintid);
void model_clear_plpi(struct gic_model *m, unsigned int cpu, uint32_t intid);
uint64_t model_rdbase(const struct gic_model *m, unsigned int cpu);
/* The CPU whose redistributor has @vpeid resident, -1 if none. */
int model_vpe_resident_cpu(const struct gic_model *m, uint32_t vpeid);
uint64_t model_baser_addr(uint64_t reg);
uint64_t model_baser_bytes(uint64_t reg);
int model_cpu_of_rdbase(const struct gic_model *m, uint64_t rdbase);

#endif /* TESTS_UNIT_MODEL_INT_H */
