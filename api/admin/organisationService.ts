import { upsertRetryingRace } from '../../data/duplicateKey';
import type { z } from 'zod';
import { BlocModel } from '../../data/organisation/blocModel';
import { UnitModel } from '../../data/organisation/unitModel';
import type { Actor } from '../../domain/process/roles';
import { ApiError, notFound } from '../errors/apiError';
import { recordAdminAction, recordCreation } from './adminRecord';
import type { createBlocBody, createUnitBody, updateUnitBody } from './adminSchemas';

const UNIT = { vi: 'đơn vị', en: 'Unit' };

/** Units and emulation blocs, each change recorded as an administrative action. */
export class OrganisationService {
  async listUnits() {
    const items = await UnitModel.find({}).sort({ _id: 1 }).lean();
    return { items, total: items.length };
  }

  async createUnit(actor: Actor, body: z.infer<typeof createUnitBody>, key?: string) {
    if (body.blocId) await this.requireBloc(body.blocId);
    return recordCreation(actor, key, 'unit.create', { kind: 'unit', id: body.id }, body.reason, {
      create: () =>
        UnitModel.create({
          _id: body.id,
          name: body.name,
          nameEn: body.nameEn,
          ...(body.blocId && { blocId: body.blocId }),
        }),
      taken: {
        code: 'UNIT_EXISTS',
        message: { vi: `Mã đơn vị ${body.id} đã có.`, en: `The unit code ${body.id} is taken.` },
        field: 'id',
      },
      created: () => UnitModel.findById(body.id).lean(),
    });
  }

  /** Rename a unit, or move it to another bloc (or out of any with `blocId: null`). */
  async updateUnit(actor: Actor, id: string, body: z.infer<typeof updateUnitBody>, key?: string) {
    if (!(await UnitModel.exists({ _id: id }))) throw notFound(UNIT, 'UNIT_NOT_FOUND');
    if (body.blocId) await this.requireBloc(body.blocId);
    const set = {
      ...(body.name !== undefined && { name: body.name }),
      ...(body.nameEn !== undefined && { nameEn: body.nameEn }),
      ...(body.blocId && { blocId: body.blocId }),
    };
    return recordAdminAction(
      actor,
      key,
      'unit.update',
      { kind: 'unit', id },
      body.reason,
      async () => {
        const before = await UnitModel.findOneAndUpdate(
          { _id: id },
          { $set: set, ...(body.blocId === null && { $unset: { blocId: 1 } }) },
          { returnDocument: 'before' },
        ).lean();
        if (!before) throw notFound(UNIT, 'UNIT_NOT_FOUND');
        return { before, after: await UnitModel.findById(id).lean() };
      },
    );
  }

  /**
   * Blocs with a name, and any bloc code units already use without one (the demo data and
   * older records name blocs only by code).
   */
  async listBlocs() {
    const [named, used] = await Promise.all([
      BlocModel.find({}).sort({ _id: 1 }).lean(),
      UnitModel.distinct('blocId'),
    ]);
    const items: Array<{ _id: string; name: string | null }> = named.map((b) => ({
      _id: b._id,
      name: b.name,
    }));
    for (const code of used) {
      if (typeof code === 'string' && !items.some((b) => b._id === code)) {
        items.push({ _id: code, name: null });
      }
    }
    items.sort((a, b) => a._id.localeCompare(b._id));
    return { items, total: items.length };
  }

  async createBloc(actor: Actor, body: z.infer<typeof createBlocBody>, key?: string) {
    return recordCreation(actor, key, 'bloc.create', { kind: 'bloc', id: body.id }, body.reason, {
      create: () => BlocModel.create({ _id: body.id, name: body.name }),
      taken: {
        code: 'BLOC_EXISTS',
        message: { vi: `Mã khối ${body.id} đã có.`, en: `The bloc code ${body.id} is taken.` },
        field: 'id',
      },
      created: () => BlocModel.findById(body.id).lean(),
    });
  }

  /** Renames a bloc; a bloc known only by its code gets its first name. */
  async renameBloc(actor: Actor, id: string, name: string, reason: string, key?: string) {
    await this.requireBloc(id);
    return recordAdminAction(actor, key, 'bloc.rename', { kind: 'bloc', id }, reason, async () => {
      const before = await upsertRetryingRace(() =>
        BlocModel.findOneAndUpdate(
          { _id: id },
          { $set: { name } },
          { returnDocument: 'before', upsert: true },
        ).lean(),
      );
      return { before, after: await BlocModel.findById(id).lean() };
    });
  }

  private async requireBloc(id: string): Promise<void> {
    const known = (await BlocModel.exists({ _id: id })) || (await UnitModel.exists({ blocId: id }));
    if (!known) {
      throw new ApiError(
        422,
        'BLOC_NOT_FOUND',
        { vi: `Không có khối thi đua ${id}.`, en: `No bloc ${id}.` },
        'blocId',
      );
    }
  }
}
