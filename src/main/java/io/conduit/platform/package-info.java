/**
 * Infrastructure shared by every feature module: the API's error envelope and exception types,
 * JWT security and the current viewer, paging, and the embedded PostgreSQL used when no database
 * is configured. It holds no business types and depends on no feature module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.conduit.platform;

import org.springframework.modulith.ApplicationModule;
