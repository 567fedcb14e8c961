/*
 * tests/unit/harness/lpi_tree.c: a domain's LPI tree (pend_lpi_tree) with
 * the code of the tree under test: xen/common/radix-tree.c is compiled
 * as it is, and the node reserve and vgic_v3_lpi_tree_insert() of
 * vgic-v3.c are cut out of it into xen-lpi-tree.c by the Makefile.  A
 * tree without them (Xen 4.17 inserts under the write lock, with the
 * radix tree's own allocator) gets that allocator.
 */
#include "emul.h"
#include "emul_ctl.h"
#include "xen-lpi-tree.c"

void (*emul_lpi_tree_insert_hook)(struct domain *d, unsigned int vlpi);

#ifdef EMUL_NO_XEN_LPI_TREE

static int xen_vgic_v3_lpi_tree_insert(struct domain *d, unsigned int vlpi,
                                       struct pending_irq *p)
{
    unsigned long flags;
    int ret;

    write_lock_irqsave(&d->arch.vgic.pend_lpi_tree_lock, flags);
    ret = radix_tree_insert(&d->arch.vgic.pend_lpi_tree, vlpi, p);
    write_unlock_irqrestore(&d->arch.vgic.pend_lpi_tree_lock, flags);

    return ret;
}

void emul_lpi_tree_init(struct domain *d)
{
    rwlock_init(&d->arch.vgic.pend_lpi_tree_lock);
    radix_tree_init(&d->arch.vgic.pend_lpi_tree);
}

void emul_lpi_tree_destroy(struct domain *d)
{
    radix_tree_destroy(&d->arch.vgic.pend_lpi_tree, NULL);
}

#else /* What vgic_v3_domain_init() and vgic_v3_domain_free() do. */

void emul_lpi_tree_init(struct domain *d)
{
    rwlock_init(&d->arch.vgic.pend_lpi_tree_lock);
    radix_tree_init(&d->arch.vgic.pend_lpi_tree);
    radix_tree_set_alloc_callbacks(&d->arch.vgic.pend_lpi_tree,
                                   lpi_tree_node_alloc, lpi_tree_node_free, d);
}

void emul_lpi_tree_destroy(struct domain *d)
{
    radix_tree_destroy(&d->arch.vgic.pend_lpi_tree, NULL);
    while ( d->arch.vgic.nr_lpi_tree_nodes )
    {
        struct radix_tree_node *node =
            d->arch.vgic.lpi_tree_nodes[--d->arch.vgic.nr_lpi_tree_nodes];

        xfree(container_of(node, struct lpi_tree_node, node));
    }
}

#endif

/* Then the hook of the tests that race an LPI with the insertion. */
int vgic_v3_lpi_tree_insert(struct domain *d, unsigned int vlpi,
                            struct pending_irq *p)
{
    int ret = xen_vgic_v3_lpi_tree_insert(d, vlpi, p);

    if ( !ret && emul_lpi_tree_insert_hook )
        emul_lpi_tree_insert_hook(d, vlpi);

    return ret;
}
