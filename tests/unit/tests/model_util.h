/*
 * tests/unit/tests/model_util.h: driving the model directly, without Xen,
 * with commands encoded by hand from the command tables of IHI 0069
 * ("ITS commands": each command is four little-endian doublewords DW0-3,
 * the opcode in DW0[7:0]).
 */
#ifndef TESTS_UNIT_MODEL_UTIL_H
#define TESTS_UNIT_MODEL_UTIL_H

#include "gic_model.h"

/* Tables every model test gets: queue, ITS tables, LPI tables. */
struct mt {
    struct gic_model *m;
    uint64_t *queue;            /* 64 KiB command queue of ITS 0 */
    uint64_t *queues[4];        /* ... of ITS n */
    uint8_t *prop;              /* LPI property table (INTID 8192 first) */
    uint8_t *pend[8];
    unsigned int nr_cpus;
};

/*
 * A model of @v, set up the way an OS would: ITS tables valid, command
 * queue valid, ITS enabled, every redistributor with PROPBASER,
 * PENDBASER and EnableLPIs.  LPIs are not delivered anywhere (the model
 * only records them).
 */
struct mt mt_setup(enum gic_version v);
struct mt mt_setup_cfg(const struct model_config *cfg);

/* Queue one command and write GITS_CWRITER (of ITS 0 / ITS n). */
void mt_cmd(struct mt *t, uint64_t d0, uint64_t d1, uint64_t d2, uint64_t d3);
void mt_cmd_at(struct mt *t, unsigned int its, uint64_t d0, uint64_t d1,
               uint64_t d2, uint64_t d3);

/* Set the property byte of LPI @intid (priority 0xa0, group 1). */
void mt_lpi_prop(struct mt *t, uint32_t intid, bool enabled);
/* A zeroed buffer the test owns (freed at the end of the case). */
void *mt_alloc(size_t size, size_t align);

/* Hand encodings, field by field from the specification's tables. */
#define C_DEVID(d)      ((uint64_t)(d) << 32)           /* DW0[63:32] */
#define C_EVENTID(e)    ((uint64_t)(uint32_t)(e))       /* DW1[31:0] */
#define C_PINTID(i)     ((uint64_t)(i) << 32)           /* MAPTI DW1[63:32] */
#define C_VPEID(v)      ((uint64_t)(v) << 32)           /* DW1[47:32] */
#define C_ICID(c)       ((uint64_t)(c))                 /* DW2[15:0] */
#define C_RDBASE(r)     ((uint64_t)(r) << 16)           /* DW2[51:16] */
#define C_V             (1ULL << 63)                    /* DW2[63] */
#define C_ITT(a)        ((uint64_t)(a) & 0x000fffffffffff00ULL) /* [51:8] */
#define C_VINTID(i)     ((uint64_t)(i))                 /* VMAPTI DW2[31:0] */
#define C_DB(i)         ((uint64_t)(i) << 32)           /* DW2[63:32] */
#define C_VPT(a)        ((uint64_t)(a) & 0x000fffffffff0000ULL) /* [51:16] */
#define NO_DB           1023U

#endif /* TESTS_UNIT_MODEL_UTIL_H */
