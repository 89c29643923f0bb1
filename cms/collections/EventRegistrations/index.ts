import type { Access, CollectionConfig } from 'payload'

import { recordAccess } from '../../access/accessDeclarations'
import { isAdmin } from '../../access/isAdmin'
import { hasRole, isStaffUser } from '../../access/userRoles'
import { registrationEndpoints } from './endpoints/registrationEndpoints'

/** Each person reads her own registrations; editors and admins see who comes. */
const ownOrStaff: Access = ({ req }) => {
  if (!req.user) return false
  if (isStaffUser(req.user) || hasRole(req.user, 'admin')) return true
  return { user: { equals: req.user.id } }
}

/**
 * A person registered for an event. Registrations are made and cancelled through the endpoints,
 * which count places; nobody writes the rows directly but admins.
 */
export const EventRegistrations: CollectionConfig<'event-registrations'> = {
  slug: 'event-registrations',
  // Records of people and their acts: a copy would mean nothing (and break their uniqueness).
  disableDuplicate: true,
  admin: { defaultColumns: ['event', 'user', 'createdAt'], group: 'Connect' },
  access: recordAccess({ read: ownOrStaff, create: isAdmin, update: isAdmin, delete: isAdmin }),
  indexes: [{ fields: ['user', 'event'], unique: true }],
  endpoints: registrationEndpoints,
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, index: true },
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
  ],
}
