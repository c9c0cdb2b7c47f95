/**
 * Generated from docs/openapi.json by openapi-typescript: do not edit.
 * Regenerate with `npm run api:types` (or `npm run openapi`, which also rewrites the document);
 * `npm run lint` fails when this file is stale.
 */
export interface paths {
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tra cứu nhật ký kiểm toán (JSON hoặc CSV) */
        get: {
            parameters: {
                query?: {
                    /** @description dd/MM/yyyy được chuyển thành yyyy-MM-dd ở giao diện */
                    from?: string;
                    to?: string;
                    actorId?: string;
                    action?: string;
                    outcome?: "ok" | "denied" | "failed";
                    targetType?: string;
                    targetId?: string;
                    q?: string;
                    beforeSeq?: number;
                    limit?: number;
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                seq: number;
                                at: string;
                                actorId: string | null;
                                actorLabel: string | null;
                                action: string;
                                /** @enum {string} */
                                outcome: "ok" | "denied" | "failed";
                                targetType: string | null;
                                targetId: string | null;
                                unitId: string | null;
                                ip: string | null;
                                userAgent: string | null;
                                before: unknown;
                                after: unknown;
                            }[];
                            nextBeforeSeq: number | null;
                        } | string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kiểm tra toàn vẹn chuỗi băm của nhật ký */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            checked: number;
                            firstBrokenSeq?: number;
                            reason?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hàng đợi công việc nền */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            queuedCount: number;
                            activeCount: number;
                            deferredCount: number;
                            failedCount: number;
                            totalCount: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs/{queue}/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Công việc thất bại của một hàng đợi */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    queue: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            data: unknown;
                            error: unknown;
                            retryCount: number;
                            createdAt: string;
                            failedAt: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs/{queue}/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chạy lại công việc thất bại */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    queue: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/events/dead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sự kiện xử lý thất bại (dead letter) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            seq: number;
                            subscriber: string;
                            type: string;
                            aggregate: string;
                            attempts: number;
                            error: string | null;
                            failedAt: string;
                            payload: unknown;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/events/dead/{seq}/{subscriber}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xử lý lại sự kiện thất bại */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    seq: number;
                    subscriber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            retried: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đơn vị hành chính và cơ quan (cây, tìm kiếm không dấu) */
        get: {
            parameters: {
                query?: {
                    parentId?: string | "root";
                    q?: string;
                    /** @description Loại đơn vị: tỉnh, huyện, xã/phường, cơ quan */
                    kind?: "province" | "district" | "ward" | "agency";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            parentId: string | null;
                            /**
                             * @description Loại đơn vị: tỉnh, huyện, xã/phường, cơ quan
                             * @enum {string}
                             */
                            kind: "province" | "district" | "ward" | "agency";
                            /** @description Mã đơn vị hành chính chính thức */
                            adminCode: string | null;
                            name: string;
                            nameEn: string | null;
                            fullName: string;
                            fullNameEn: string | null;
                            phone: string | null;
                            email: string | null;
                            address: string | null;
                            areaKm2: number | null;
                            active: boolean;
                            childCount: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thêm đơn vị */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parentId: string | null;
                        /**
                         * @description Loại đơn vị: tỉnh, huyện, xã/phường, cơ quan
                         * @enum {string}
                         */
                        kind: "province" | "district" | "ward" | "agency";
                        adminCode?: string | null;
                        name: string;
                        nameEn?: string | null;
                        fullName: string;
                        fullNameEn?: string | null;
                        phone?: string | null;
                        email?: string | null;
                        address?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            parentId: string | null;
                            /**
                             * @description Loại đơn vị: tỉnh, huyện, xã/phường, cơ quan
                             * @enum {string}
                             */
                            kind: "province" | "district" | "ward" | "agency";
                            /** @description Mã đơn vị hành chính chính thức */
                            adminCode: string | null;
                            name: string;
                            nameEn: string | null;
                            fullName: string;
                            fullNameEn: string | null;
                            phone: string | null;
                            email: string | null;
                            address: string | null;
                            areaKm2: number | null;
                            active: boolean;
                            childCount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết đơn vị */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            parentId: string | null;
                            /**
                             * @description Loại đơn vị: tỉnh, huyện, xã/phường, cơ quan
                             * @enum {string}
                             */
                            kind: "province" | "district" | "ward" | "agency";
                            /** @description Mã đơn vị hành chính chính thức */
                            adminCode: string | null;
                            name: string;
                            nameEn: string | null;
                            fullName: string;
                            fullNameEn: string | null;
                            phone: string | null;
                            email: string | null;
                            address: string | null;
                            areaKm2: number | null;
                            active: boolean;
                            childCount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa đơn vị */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parentId?: string | null;
                        adminCode?: string | null;
                        name?: string;
                        nameEn?: string | null;
                        fullName?: string;
                        fullNameEn?: string | null;
                        phone?: string | null;
                        email?: string | null;
                        address?: string | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            parentId: string | null;
                            /**
                             * @description Loại đơn vị: tỉnh, huyện, xã/phường, cơ quan
                             * @enum {string}
                             */
                            kind: "province" | "district" | "ward" | "agency";
                            /** @description Mã đơn vị hành chính chính thức */
                            adminCode: string | null;
                            name: string;
                            nameEn: string | null;
                            fullName: string;
                            fullNameEn: string | null;
                            phone: string | null;
                            email: string | null;
                            address: string | null;
                            areaKm2: number | null;
                            active: boolean;
                            childCount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/geo/units/{id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ranh giới các đơn vị cấp dưới (GeoJSON đã giản lược) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            type: "FeatureCollection";
                            features: {
                                /** @enum {string} */
                                type: "Feature";
                                id: string;
                                properties: {
                                    id: string;
                                    code: string | null;
                                    name: string;
                                    fullName: string;
                                    kind: string;
                                };
                                geometry: unknown;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/geo/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ranh giới một đơn vị (GeoJSON) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            type: "Feature";
                            id: string;
                            properties: {
                                id: string;
                                code: string | null;
                                name: string;
                                fullName: string;
                                kind: string;
                            };
                            geometry: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng nhập bằng mật khẩu */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Tên đăng nhập, email hoặc số điện thoại */
                        login: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                username: string | null;
                                email: string | null;
                                accountType: string;
                                totpEnabled: boolean;
                                /** @enum {string} */
                                locale: "vi" | "en";
                            };
                            roles: ("citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system")[];
                            memberships: {
                                /** Format: uuid */
                                unitId: string;
                                unitName: string;
                                /**
                                 * @description Vai trò
                                 * @enum {string}
                                 */
                                role: "citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system";
                            }[];
                            csrfToken: string;
                            /** @description Cần nhập mã xác thực hai lớp trước khi dùng hệ thống */
                            mfaRequired: boolean;
                            /** @description Tài khoản quản trị chưa bật xác thực hai lớp */
                            mfaSetupRequired: boolean;
                            idleSeconds: number;
                            expiresAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phiên đăng nhập hiện tại */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                username: string | null;
                                email: string | null;
                                accountType: string;
                                totpEnabled: boolean;
                                /** @enum {string} */
                                locale: "vi" | "en";
                            };
                            roles: ("citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system")[];
                            memberships: {
                                /** Format: uuid */
                                unitId: string;
                                unitName: string;
                                /**
                                 * @description Vai trò
                                 * @enum {string}
                                 */
                                role: "citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system";
                            }[];
                            csrfToken: string;
                            /** @description Cần nhập mã xác thực hai lớp trước khi dùng hệ thống */
                            mfaRequired: boolean;
                            /** @description Tài khoản quản trị chưa bật xác thực hai lớp */
                            mfaSetupRequired: boolean;
                            idleSeconds: number;
                            expiresAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác thực hai lớp (TOTP) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                username: string | null;
                                email: string | null;
                                accountType: string;
                                totpEnabled: boolean;
                                /** @enum {string} */
                                locale: "vi" | "en";
                            };
                            roles: ("citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system")[];
                            memberships: {
                                /** Format: uuid */
                                unitId: string;
                                unitName: string;
                                /**
                                 * @description Vai trò
                                 * @enum {string}
                                 */
                                role: "citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system";
                            }[];
                            csrfToken: string;
                            /** @description Cần nhập mã xác thực hai lớp trước khi dùng hệ thống */
                            mfaRequired: boolean;
                            /** @description Tài khoản quản trị chưa bật xác thực hai lớp */
                            mfaSetupRequired: boolean;
                            idleSeconds: number;
                            expiresAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khởi tạo xác thực hai lớp */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            otpauthUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bật xác thực hai lớp */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                username: string | null;
                                email: string | null;
                                accountType: string;
                                totpEnabled: boolean;
                                /** @enum {string} */
                                locale: "vi" | "en";
                            };
                            roles: ("citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system")[];
                            memberships: {
                                /** Format: uuid */
                                unitId: string;
                                unitName: string;
                                /**
                                 * @description Vai trò
                                 * @enum {string}
                                 */
                                role: "citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system";
                            }[];
                            csrfToken: string;
                            /** @description Cần nhập mã xác thực hai lớp trước khi dùng hệ thống */
                            mfaRequired: boolean;
                            /** @description Tài khoản quản trị chưa bật xác thực hai lớp */
                            mfaSetupRequired: boolean;
                            idleSeconds: number;
                            expiresAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tắt xác thực hai lớp */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng xuất */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng xuất khỏi mọi thiết bị */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đổi mật khẩu */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Người dân, doanh nghiệp tự đăng ký tài khoản */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default citizen
                         * @enum {string}
                         */
                        accountType?: "citizen" | "business";
                        fullName: string;
                        /** Format: email */
                        email?: string;
                        phone?: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác minh mã đăng ký */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contact: string;
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                username: string | null;
                                email: string | null;
                                accountType: string;
                                totpEnabled: boolean;
                                /** @enum {string} */
                                locale: "vi" | "en";
                            };
                            roles: ("citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system")[];
                            memberships: {
                                /** Format: uuid */
                                unitId: string;
                                unitName: string;
                                /**
                                 * @description Vai trò
                                 * @enum {string}
                                 */
                                role: "citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system";
                            }[];
                            csrfToken: string;
                            /** @description Cần nhập mã xác thực hai lớp trước khi dùng hệ thống */
                            mfaRequired: boolean;
                            /** @description Tài khoản quản trị chưa bật xác thực hai lớp */
                            mfaSetupRequired: boolean;
                            idleSeconds: number;
                            expiresAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bắt đầu đăng nhập một lần (OIDC) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhận kết quả đăng nhập một lần */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách người dùng trong phạm vi quản lý */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    unitId?: string;
                    /** @description Vai trò */
                    role?: "citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system";
                    status?: "pending" | "active" | "disabled";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                username: string | null;
                                email: string | null;
                                phone: string | null;
                                fullName: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "disabled";
                                disabledReason: string | null;
                                /** @enum {string} */
                                accountType: "staff" | "citizen" | "business";
                                totpEnabled: boolean;
                                lockedUntil: string | null;
                                lastLoginAt: string | null;
                                createdAt: string;
                                memberships: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    userId: string;
                                    /** Format: uuid */
                                    unitId: string;
                                    unitName: string;
                                    /**
                                     * @description Vai trò
                                     * @enum {string}
                                     */
                                    role: "citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system";
                                }[];
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tạo người dùng */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        email?: string | null;
                        phone?: string | null;
                        fullName: string;
                        password: string;
                        /**
                         * @default staff
                         * @enum {string}
                         */
                        accountType?: "staff" | "citizen" | "business";
                        memberships: {
                            /** Format: uuid */
                            unitId: string;
                            /**
                             * @description Vai trò
                             * @enum {string}
                             */
                            role: "citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string | null;
                            email: string | null;
                            phone: string | null;
                            fullName: string;
                            /** @enum {string} */
                            status: "pending" | "active" | "disabled";
                            disabledReason: string | null;
                            /** @enum {string} */
                            accountType: "staff" | "citizen" | "business";
                            totpEnabled: boolean;
                            lockedUntil: string | null;
                            lastLoginAt: string | null;
                            createdAt: string;
                            memberships: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                userId: string;
                                /** Format: uuid */
                                unitId: string;
                                unitName: string;
                                /**
                                 * @description Vai trò
                                 * @enum {string}
                                 */
                                role: "citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông tin người dùng */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string | null;
                            email: string | null;
                            phone: string | null;
                            fullName: string;
                            /** @enum {string} */
                            status: "pending" | "active" | "disabled";
                            disabledReason: string | null;
                            /** @enum {string} */
                            accountType: "staff" | "citizen" | "business";
                            totpEnabled: boolean;
                            lockedUntil: string | null;
                            lastLoginAt: string | null;
                            createdAt: string;
                            memberships: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                userId: string;
                                /** Format: uuid */
                                unitId: string;
                                unitName: string;
                                /**
                                 * @description Vai trò
                                 * @enum {string}
                                 */
                                role: "citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Cập nhật người dùng */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email?: string | null;
                        phone?: string | null;
                        fullName?: string;
                        /** @enum {string} */
                        status?: "active" | "disabled";
                        disabledReason?: string | null;
                        unlock?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string | null;
                            email: string | null;
                            phone: string | null;
                            fullName: string;
                            /** @enum {string} */
                            status: "pending" | "active" | "disabled";
                            disabledReason: string | null;
                            /** @enum {string} */
                            accountType: "staff" | "citizen" | "business";
                            totpEnabled: boolean;
                            lockedUntil: string | null;
                            lastLoginAt: string | null;
                            createdAt: string;
                            memberships: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                userId: string;
                                /** Format: uuid */
                                unitId: string;
                                unitName: string;
                                /**
                                 * @description Vai trò
                                 * @enum {string}
                                 */
                                role: "citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đặt lại mật khẩu người dùng */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Phân quyền người dùng tại đơn vị */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        unitId: string;
                        /**
                         * @description Vai trò
                         * @enum {string}
                         */
                        role: "citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string | null;
                            email: string | null;
                            phone: string | null;
                            fullName: string;
                            /** @enum {string} */
                            status: "pending" | "active" | "disabled";
                            disabledReason: string | null;
                            /** @enum {string} */
                            accountType: "staff" | "citizen" | "business";
                            totpEnabled: boolean;
                            lockedUntil: string | null;
                            lastLoginAt: string | null;
                            createdAt: string;
                            memberships: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                userId: string;
                                /** Format: uuid */
                                unitId: string;
                                unitName: string;
                                /**
                                 * @description Vai trò
                                 * @enum {string}
                                 */
                                role: "citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/memberships/{membershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Thu hồi phân quyền */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    membershipId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string | null;
                            email: string | null;
                            phone: string | null;
                            fullName: string;
                            /** @enum {string} */
                            status: "pending" | "active" | "disabled";
                            disabledReason: string | null;
                            /** @enum {string} */
                            accountType: "staff" | "citizen" | "business";
                            totpEnabled: boolean;
                            lockedUntil: string | null;
                            lastLoginAt: string | null;
                            createdAt: string;
                            memberships: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                userId: string;
                                /** Format: uuid */
                                unitId: string;
                                unitName: string;
                                /**
                                 * @description Vai trò
                                 * @enum {string}
                                 */
                                role: "citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Khóa API */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            prefix: string;
                            name: string;
                            /** Format: uuid */
                            unitId: string;
                            roles: ("citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system")[];
                            createdAt: string;
                            lastUsedAt: string | null;
                            expiresAt: string | null;
                            revokedAt: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tạo khóa API (mã chỉ hiện một lần) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** Format: uuid */
                        unitId: string;
                        roles: ("citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "system")[];
                        expiresAt?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            prefix: string;
                            name: string;
                            /** Format: uuid */
                            unitId: string;
                            roles: ("citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system")[];
                            createdAt: string;
                            lastUsedAt: string | null;
                            expiresAt: string | null;
                            revokedAt: string | null;
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thu hồi khóa API */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            prefix: string;
                            name: string;
                            /** Format: uuid */
                            unitId: string;
                            roles: ("citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system")[];
                            createdAt: string;
                            lastUsedAt: string | null;
                            expiresAt: string | null;
                            revokedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông báo của tôi (mới nhất trước) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description true: chỉ thông báo chưa đọc */
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                template: string;
                                category: string | null;
                                title: string;
                                body: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                readAt: string | null;
                                createdAt: string;
                            }[];
                            total: number;
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số thông báo chưa đọc */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu đã đọc */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu tất cả đã đọc */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kênh nhận thông báo theo từng nhóm */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Kênh đang được hệ thống cấu hình */
                            available: ("inbox" | "email" | "sms" | "push")[];
                            categories: {
                                key: string;
                                label: {
                                    vi: string;
                                    en: string;
                                };
                                locked: boolean;
                                defaults: ("inbox" | "email" | "sms" | "push")[];
                                channels: ("inbox" | "email" | "sms" | "push")[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        /** Chọn kênh nhận thông báo */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Kênh nhận cho từng nhóm thông báo; nhóm không gửi lên giữ nguyên */
                        categories: {
                            [key: string]: ("inbox" | "email" | "sms" | "push")[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Kênh đang được hệ thống cấu hình */
                            available: ("inbox" | "email" | "sms" | "push")[];
                            categories: {
                                key: string;
                                label: {
                                    vi: string;
                                    en: string;
                                };
                                locked: boolean;
                                defaults: ("inbox" | "email" | "sms" | "push")[];
                                channels: ("inbox" | "email" | "sms" | "push")[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/push-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Khoá công khai VAPID cho thông báo đẩy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Khoá VAPID công khai (applicationServerKey); null nếu chưa cấu hình */
                            publicKey: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/push-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lưu đăng ký nhận thông báo đẩy của trình duyệt (PushSubscription) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uri */
                        endpoint: string;
                        expirationTime?: number | null;
                        keys: {
                            p256dh: string;
                            auth: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        /** Huỷ đăng ký nhận thông báo đẩy của trình duyệt */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endpoint: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removed: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/notifications/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhật ký gửi thông báo qua email, SMS, thông báo đẩy */
        get: {
            parameters: {
                query?: {
                    status?: "queued" | "sent" | "failed";
                    channel?: "email" | "sms" | "push";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            notificationId: string | null;
                            userId: string | null;
                            /** @enum {string} */
                            channel: "email" | "sms" | "push";
                            recipient: string;
                            template: string;
                            /** @enum {string} */
                            status: "queued" | "sent" | "failed";
                            attempts: number;
                            lastError: string | null;
                            providerId: string | null;
                            createdAt: string;
                            updatedAt: string;
                            lastAttemptAt: string | null;
                            sentAt: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/notifications/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gửi lại một thông báo đã gửi thất bại */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tải lên tệp (ảnh, video, tài liệu) — kiểm tra theo nội dung
         * @description multipart/form-data with a `file` field. The type is decided from the content; photos are re-encoded (EXIF removed after GPS and capture time are read), videos and PDFs stored as sent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description Tệp (ảnh, video, PDF)
                         */
                        file?: Blob;
                        /**
                         * @description Loại mong đợi; nội dung thực tế phải khớp
                         * @enum {string}
                         */
                        kind?: "photo" | "video" | "document";
                        /**
                         * Format: uuid
                         * @description Đơn vị sở hữu; mặc định là đơn vị của người tải lên
                         */
                        unitId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description photo | video | document
                             * @enum {string}
                             */
                            kind: "photo" | "video" | "document";
                            mime: string;
                            /** @description Bytes stored (a photo after re-encoding) */
                            size: number;
                            /** @description SHA-256 of the stored bytes */
                            sha256: string;
                            width: number | null;
                            height: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                            /** @description Vị trí chụp từ EXIF (WGS84), để gợi ý địa điểm phản ánh */
                            gps: {
                                lat: number;
                                lon: number;
                            } | null;
                            /** @description Thời điểm chụp từ EXIF (ISO 8601) */
                            takenAt: string | null;
                            /** @description Tên tệp gốc, chỉ để hiển thị */
                            originalName: string | null;
                            unitId: string | null;
                            createdAt: string;
                            attachedTo: {
                                type: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/guest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Khách (không đăng nhập) tải lên ảnh phản ánh
         * @description multipart/form-data with a `file` field; photos only, the same content checks, size limits and re-encoding as /api/files. Answers the file and a one-time upload token: only the submission that presents it (reports `photos: [{ id, token }]`) may attach the photo. The file is readable by nobody until attached; unattached uploads are removed by the orphan cleanup.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description Tệp (ảnh, video, PDF)
                         */
                        file?: Blob;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            file: {
                                /** Format: uuid */
                                id: string;
                                /**
                                 * @description photo | video | document
                                 * @enum {string}
                                 */
                                kind: "photo" | "video" | "document";
                                mime: string;
                                /** @description Bytes stored (a photo after re-encoding) */
                                size: number;
                                /** @description SHA-256 of the stored bytes */
                                sha256: string;
                                width: number | null;
                                height: number | null;
                                url: string;
                                thumbnailUrl: string | null;
                                /** @description Vị trí chụp từ EXIF (WGS84), để gợi ý địa điểm phản ánh */
                                gps: {
                                    lat: number;
                                    lon: number;
                                } | null;
                                /** @description Thời điểm chụp từ EXIF (ISO 8601) */
                                takenAt: string | null;
                                /** @description Tên tệp gốc, chỉ để hiển thị */
                                originalName: string | null;
                                unitId: string | null;
                                createdAt: string;
                                attachedTo: {
                                    type: string;
                                    /** Format: uuid */
                                    id: string;
                                } | null;
                            };
                            /** @description Mã tải lên dùng một lần: gửi kèm khi nộp phản ánh (photos: [{ id, token }]) */
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông tin tệp */
        get: {
            parameters: {
                query?: {
                    /** @description Mã theo dõi của hồ sơ chứa tệp (khách xem ảnh phản ánh của mình trước khi công khai) */
                    token?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description photo | video | document
                             * @enum {string}
                             */
                            kind: "photo" | "video" | "document";
                            mime: string;
                            /** @description Bytes stored (a photo after re-encoding) */
                            size: number;
                            /** @description SHA-256 of the stored bytes */
                            sha256: string;
                            width: number | null;
                            height: number | null;
                            url: string;
                            thumbnailUrl: string | null;
                            /** @description Vị trí chụp từ EXIF (WGS84), để gợi ý địa điểm phản ánh */
                            gps: {
                                lat: number;
                                lon: number;
                            } | null;
                            /** @description Thời điểm chụp từ EXIF (ISO 8601) */
                            takenAt: string | null;
                            /** @description Tên tệp gốc, chỉ để hiển thị */
                            originalName: string | null;
                            unitId: string | null;
                            createdAt: string;
                            attachedTo: {
                                type: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp (hỗ trợ Range cho video) */
        get: {
            parameters: {
                query?: {
                    /** @description Mã theo dõi của hồ sơ chứa tệp (khách xem ảnh phản ánh của mình trước khi công khai) */
                    token?: string;
                    /** @description 1 = tải về (attachment) */
                    download?: "0" | "1";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Xoá tệp chưa gắn vào hồ sơ */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ảnh thu nhỏ */
        get: {
            parameters: {
                query?: {
                    /** @description Mã theo dõi của hồ sơ chứa tệp (khách xem ảnh phản ánh của mình trước khi công khai) */
                    token?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch làm việc: ngày làm việc, ngày nghỉ và lý do */
        get: {
            parameters: {
                query: {
                    /** @description Ngày đầu, yyyy-MM-dd */
                    from: string;
                    /** @description Ngày cuối, yyyy-MM-dd (tối đa 366 ngày) */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            date: string;
                            /** @description 0 = Chủ nhật … 6 = Thứ Bảy */
                            weekday: number;
                            /** @description Ngày làm việc */
                            working: boolean;
                            /** @description workday | weekend | holiday:<lễ> | compensatory:<lễ> (nghỉ bù) | override:off | override:work */
                            reason: string;
                            note: string | null;
                            /** @description Ngày âm lịch */
                            lunar: {
                                day: number;
                                month: number;
                                leap: boolean;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tính hạn xử lý: thời điểm tiếp nhận + n ngày làm việc */
        get: {
            parameters: {
                query: {
                    /** @description Thời điểm tiếp nhận (ISO 8601) */
                    start: string;
                    /** @description Số ngày làm việc */
                    days: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description Hạn xử lý: hết giờ làm việc của ngày làm việc thứ n
                             */
                            due: string;
                            /**
                             * Format: date-time
                             * @description Thời điểm bắt đầu tính thời hạn
                             */
                            countsFrom: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Điều chỉnh lịch theo văn bản chính thức (ngày nghỉ, ngày làm bù, ngày Tết) */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            date: string;
                            /** @enum {string} */
                            kind: "off" | "work";
                            holiday: ("new_year" | "tet" | "hung_kings" | "reunification" | "labour_day" | "national_day") | null;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/overrides/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Đặt điều chỉnh lịch cho một ngày */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description yyyy-MM-dd */
                    date: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description off = ngày nghỉ, work = ngày làm việc (làm bù)
                         * @enum {string}
                         */
                        kind: "off" | "work";
                        /** @description Ngày này thuộc ngày lễ nào (thay cho ngày tính tự động) */
                        holiday?: ("new_year" | "tet" | "hung_kings" | "reunification" | "labour_day" | "national_day") | null;
                        /** @description Căn cứ, ví dụ số văn bản */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            date: string;
                            /** @enum {string} */
                            kind: "off" | "work";
                            holiday: ("new_year" | "tet" | "hung_kings" | "reunification" | "labour_day" | "national_day") | null;
                            reason: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Xoá điều chỉnh lịch của một ngày (trở về lịch tính theo luật) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description yyyy-MM-dd */
                    date: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/report-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lĩnh vực phản ánh đang tiếp nhận (cây, theo parentId) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            parentId: string | null;
                            code: string;
                            name: string;
                            nameEn: string | null;
                            description: string | null;
                            /** @description Thời hạn xử lý (ngày làm việc) */
                            handlingDays: number;
                            sortOrder: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/report-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mọi lĩnh vực, kể cả đã ngừng, với SOP và cơ quan chịu trách nhiệm */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            parentId: string | null;
                            code: string;
                            name: string;
                            nameEn: string | null;
                            description: string | null;
                            /** @description Thời hạn xử lý (ngày làm việc) */
                            handlingDays: number;
                            sortOrder: number;
                            /**
                             * @description Cơ quan chịu trách nhiệm mặc định: UBND xã/phường nơi xảy ra, hoặc một cơ quan cụ thể
                             * @enum {string}
                             */
                            responsibleKind: "ward" | "agency";
                            responsibleUnitId: string | null;
                            responsibleUnitName: string | null;
                            /** @description Các bước của quy trình xử lý chuẩn (SOP) */
                            sopItems: string[];
                            /** @description Phản ánh thuộc lĩnh vực này được công khai mặc định */
                            publicByDefault: boolean;
                            active: boolean;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thêm lĩnh vực */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parentId?: string | null;
                        code: string;
                        name: string;
                        nameEn?: string | null;
                        description?: string | null;
                        handlingDays: number;
                        /** @enum {string} */
                        responsibleKind: "ward" | "agency";
                        responsibleUnitId?: string | null;
                        sopItems?: string[];
                        publicByDefault?: boolean;
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            parentId: string | null;
                            code: string;
                            name: string;
                            nameEn: string | null;
                            description: string | null;
                            /** @description Thời hạn xử lý (ngày làm việc) */
                            handlingDays: number;
                            sortOrder: number;
                            /**
                             * @description Cơ quan chịu trách nhiệm mặc định: UBND xã/phường nơi xảy ra, hoặc một cơ quan cụ thể
                             * @enum {string}
                             */
                            responsibleKind: "ward" | "agency";
                            responsibleUnitId: string | null;
                            responsibleUnitName: string | null;
                            /** @description Các bước của quy trình xử lý chuẩn (SOP) */
                            sopItems: string[];
                            /** @description Phản ánh thuộc lĩnh vực này được công khai mặc định */
                            publicByDefault: boolean;
                            active: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/report-categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết lĩnh vực */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            parentId: string | null;
                            code: string;
                            name: string;
                            nameEn: string | null;
                            description: string | null;
                            /** @description Thời hạn xử lý (ngày làm việc) */
                            handlingDays: number;
                            sortOrder: number;
                            /**
                             * @description Cơ quan chịu trách nhiệm mặc định: UBND xã/phường nơi xảy ra, hoặc một cơ quan cụ thể
                             * @enum {string}
                             */
                            responsibleKind: "ward" | "agency";
                            responsibleUnitId: string | null;
                            responsibleUnitName: string | null;
                            /** @description Các bước của quy trình xử lý chuẩn (SOP) */
                            sopItems: string[];
                            /** @description Phản ánh thuộc lĩnh vực này được công khai mặc định */
                            publicByDefault: boolean;
                            active: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa lĩnh vực (active=false để ngừng tiếp nhận) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parentId?: string | null;
                        code?: string;
                        name?: string;
                        nameEn?: string | null;
                        description?: string | null;
                        handlingDays?: number;
                        /** @enum {string} */
                        responsibleKind?: "ward" | "agency";
                        responsibleUnitId?: string | null;
                        sopItems?: string[];
                        publicByDefault?: boolean;
                        sortOrder?: number;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            parentId: string | null;
                            code: string;
                            name: string;
                            nameEn: string | null;
                            description: string | null;
                            /** @description Thời hạn xử lý (ngày làm việc) */
                            handlingDays: number;
                            sortOrder: number;
                            /**
                             * @description Cơ quan chịu trách nhiệm mặc định: UBND xã/phường nơi xảy ra, hoặc một cơ quan cụ thể
                             * @enum {string}
                             */
                            responsibleKind: "ward" | "agency";
                            responsibleUnitId: string | null;
                            responsibleUnitName: string | null;
                            /** @description Các bước của quy trình xử lý chuẩn (SOP) */
                            sopItems: string[];
                            /** @description Phản ánh thuộc lĩnh vực này được công khai mặc định */
                            publicByDefault: boolean;
                            active: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/admin/report-routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quy tắc phân công xử lý */
        get: {
            parameters: {
                query?: {
                    categoryId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            categoryId: string;
                            /** Format: uuid */
                            targetUnitId: string;
                            targetUnitName: string;
                            /** @description Giới hạn trong các xã/phường này; rỗng = toàn tỉnh */
                            wardIds: string[];
                            note: string | null;
                            active: boolean;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thêm quy tắc: lĩnh vực → cơ quan (có thể giới hạn theo xã/phường) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        categoryId: string;
                        /** Format: uuid */
                        targetUnitId: string;
                        /** @default [] */
                        wardIds?: string[];
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            categoryId: string;
                            /** Format: uuid */
                            targetUnitId: string;
                            targetUnitName: string;
                            /** @description Giới hạn trong các xã/phường này; rỗng = toàn tỉnh */
                            wardIds: string[];
                            note: string | null;
                            active: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/report-routing-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xoá quy tắc phân công */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Sửa quy tắc phân công */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        targetUnitId?: string;
                        wardIds?: string[];
                        note?: string | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            categoryId: string;
                            /** Format: uuid */
                            targetUnitId: string;
                            targetUnitName: string;
                            /** @description Giới hạn trong các xã/phường này; rỗng = toàn tỉnh */
                            wardIds: string[];
                            note: string | null;
                            active: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/admin/report-routing/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thử phân công: lĩnh vực + toạ độ → đơn vị xử lý */
        get: {
            parameters: {
                query: {
                    categoryId: string;
                    lat: number;
                    lon: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unitId: string | null;
                            unitName: string | null;
                            /** @description Xã/phường chứa vị trí */
                            areaUnitId: string | null;
                            areaUnitName: string | null;
                            /** @enum {string} */
                            via: "rule" | "category_agency" | "ward" | "none";
                            ruleId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thống kê phản ánh trong phạm vi của tôi */
        get: {
            parameters: {
                query?: {
                    /** @description Nhóm theo đơn vị xử lý, lĩnh vực (lá / gốc), phường, kỳ */
                    groupBy?: "unit" | "category" | "categoryRoot" | "ward" | "period";
                    /** @description Kỳ khi groupBy=period (giờ Việt Nam) */
                    period?: "day" | "week" | "month";
                    /** @description Từ ngày tiếp nhận (yyyy-MM-dd, giờ Việt Nam) */
                    from?: string;
                    /** @description Đến ngày tiếp nhận (yyyy-MM-dd, bao gồm) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            groupBy: "unit" | "category" | "categoryRoot" | "ward" | "period";
                            /** @enum {string} */
                            period: "day" | "week" | "month";
                            from: string | null;
                            to: string | null;
                            rows: {
                                key: string | null;
                                label: string;
                                received: number;
                                rejected: number;
                                handled: number;
                                unhandled: number;
                                overdueNow: number;
                                everOverdue: number;
                                onTime: number;
                                onTimeRate: number | null;
                                meanHandlingHours: number | null;
                                meanHandlingWorkingDays: number | null;
                                rated: number;
                                meanStars: number | null;
                                satisfiedRate: number | null;
                            }[];
                            total: {
                                key: string | null;
                                label: string;
                                received: number;
                                rejected: number;
                                handled: number;
                                unhandled: number;
                                overdueNow: number;
                                everOverdue: number;
                                onTime: number;
                                onTimeRate: number | null;
                                meanHandlingHours: number | null;
                                meanHandlingWorkingDays: number | null;
                                rated: number;
                                meanStars: number | null;
                                satisfiedRate: number | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/stats/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất thống kê phản ánh (CSV hoặc Excel) */
        get: {
            parameters: {
                query?: {
                    /** @description Nhóm theo đơn vị xử lý, lĩnh vực (lá / gốc), phường, kỳ */
                    groupBy?: "unit" | "category" | "categoryRoot" | "ward" | "period";
                    /** @description Kỳ khi groupBy=period (giờ Việt Nam) */
                    period?: "day" | "week" | "month";
                    /** @description Từ ngày tiếp nhận (yyyy-MM-dd, giờ Việt Nam) */
                    from?: string;
                    /** @description Đến ngày tiếp nhận (yyyy-MM-dd, bao gồm) */
                    to?: string;
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hàng đợi xử lý phản ánh trong phạm vi của tôi */
        get: {
            parameters: {
                query?: {
                    /** @description Hàng đợi: tất cả, mới tiếp nhận (24 giờ), chờ xác minh/chuyển, đơn vị tôi, giao cho tôi, quá hạn, chờ phê duyệt */
                    queue?: "all" | "new" | "to_verify" | "my_unit" | "assigned_to_me" | "overdue" | "awaiting_approval";
                    /** @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng */
                    status?: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                    categoryId?: string;
                    /** @description Đơn vị xử lý */
                    unitId?: string;
                    wardId?: string;
                    from?: string;
                    to?: string;
                    q?: string;
                    limit?: number;
                    offset?: number;
                    /** @description Thứ tự: mới nhất trước, hoặc quá hạn trước rồi theo hạn xử lý (gần nhất trước) */
                    sort?: "newest" | "due";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Trạng thái theo từ vựng công khai
                                 * @enum {string}
                                 */
                                reporterStatus: "received" | "processing" | "answered" | "closed";
                                title: string;
                                /** Format: uuid */
                                categoryId: string;
                                categoryName: string;
                                areaUnitName: string;
                                assignedUnitName: string | null;
                                lat: number;
                                lon: number;
                                createdAt: string;
                                dueAt: string | null;
                                overdue: boolean;
                                /**
                                 * @description Kênh tiếp nhận
                                 * @enum {string}
                                 */
                                channel: "web" | "email" | "hotline" | "open311" | "social";
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Gửi phản ánh hiện trường (người dân đăng nhập hoặc khách)
         * @description Location is required and must be inside the province (422 REPORT_OUTSIDE_PROVINCE). Photos (1–10) or one video are uploaded first with POST /api/files and sent as fileIds. Guests must give a phone or an email and receive a tracking token once. The same Idempotency-Key from the same submitter returns the same report (200).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Khoá chống gửi trùng: gửi lại cùng khoá nhận lại cùng phản ánh */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        categoryId: string;
                        title: string;
                        description: string;
                        location: {
                            lat: number;
                            lon: number;
                            address?: string | null;
                            /**
                             * @description Cách xác định vị trí: chọn trên bản đồ, GPS thiết bị, EXIF ảnh
                             * @enum {string}
                             */
                            source: "map" | "gps" | "exif";
                        };
                        /**
                         * @description Ảnh (1–10) hoặc một video đã tải lên qua /api/files
                         * @default []
                         */
                        fileIds?: string[];
                        /**
                         * @description Ảnh khách đã tải lên qua /api/files/guest, kèm mã tải lên dùng một lần
                         * @default []
                         */
                        photos?: {
                            /** Format: uuid */
                            id: string;
                            token: string;
                        }[];
                        /**
                         * @description Không nêu danh tính với bất kỳ ai
                         * @default false
                         */
                        anonymous?: boolean;
                        /**
                         * @description Yêu cầu giữ bí mật danh tính: chỉ trực IOC và lãnh đạo đơn vị xử lý được xem
                         * @default false
                         */
                        confidential?: boolean;
                        /** @description Liên hệ để nhận kết quả; bắt buộc (điện thoại hoặc email) khi không đăng nhập */
                        contact?: {
                            name?: string | null;
                            phone?: string | null;
                            email?: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            report: {
                                /** Format: uuid */
                                id: string;
                                /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                                code: string;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                                /**
                                 * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                                 * @enum {string}
                                 */
                                reporterStatus: "received" | "processing" | "answered" | "closed";
                                /**
                                 * @description Kênh tiếp nhận
                                 * @enum {string}
                                 */
                                channel: "web" | "email" | "hotline" | "open311" | "social";
                                category: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                    name: string;
                                };
                                title: string;
                                description: string;
                                location: {
                                    lat: number;
                                    lon: number;
                                    address: string | null;
                                    /** @enum {string} */
                                    source: "map" | "gps" | "exif";
                                };
                                /** @description Xã/phường nơi xảy ra */
                                areaUnit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @description Đơn vị xử lý */
                                assignedUnit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                assignee: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                isPublic: boolean;
                                anonymous: boolean;
                                confidential: boolean;
                                reporter: {
                                    userId: string | null;
                                    name: string | null;
                                    phone: string | null;
                                    email: string | null;
                                } | null;
                                /** @description Vì sao danh tính bị ẩn với bạn */
                                reporterHidden: ("anonymous" | "confidential") | null;
                                createdAt: string;
                                verifiedAt: string | null;
                                assignedAt: string | null;
                                /** @description Hạn xử lý (theo ngày làm việc) */
                                dueAt: string | null;
                                overdue: boolean;
                                overdueAt: string | null;
                                publishedAt: string | null;
                                closedAt: string | null;
                                reject: {
                                    /**
                                     * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                     * @enum {string}
                                     */
                                    reason: "spam" | "out_of_scope" | "duplicate";
                                    duplicateOf: {
                                        /** Format: uuid */
                                        id: string;
                                        code: string;
                                    } | null;
                                } | null;
                                answer: {
                                    text: string;
                                    draftedAt: string | null;
                                    approvedAt: string | null;
                                    publishedAt: string | null;
                                } | null;
                                rating: {
                                    stars: number;
                                    comment: string | null;
                                    at: string;
                                } | null;
                                infoRequest: {
                                    question: string;
                                    requestedAt: string;
                                } | null;
                                pendingExtension: {
                                    /** Format: uuid */
                                    id: string;
                                    days: number;
                                    reason: string;
                                    requestedAt: string;
                                } | null;
                                reopenCount: number;
                                media: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "photo" | "video" | "document";
                                    url: string;
                                    thumbnailUrl: string | null;
                                }[];
                                checklist: {
                                    position: number;
                                    text: string;
                                    doneAt: string | null;
                                    doneBy: string | null;
                                }[];
                                timeline: {
                                    at: string;
                                    action: string;
                                    fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                    /**
                                     * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                     * @enum {string}
                                     */
                                    toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                    /**
                                     * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                     * @enum {string}
                                     */
                                    publicStatus: "received" | "processing" | "answered" | "closed";
                                    unitName: string | null;
                                    /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                    actorLabel: string | null;
                                    note: string | null;
                                }[];
                                /** @description Thao tác người gọi được phép thực hiện */
                                allowedActions: string[];
                            };
                            /** @description Chỉ trả về một lần cho khách: dùng để theo dõi, bổ sung thông tin và đánh giá */
                            trackingToken: string | null;
                            /** @description Đây là phản ánh đã gửi trước với cùng khoá chống trùng */
                            replayed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            report: {
                                /** Format: uuid */
                                id: string;
                                /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                                code: string;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                                /**
                                 * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                                 * @enum {string}
                                 */
                                reporterStatus: "received" | "processing" | "answered" | "closed";
                                /**
                                 * @description Kênh tiếp nhận
                                 * @enum {string}
                                 */
                                channel: "web" | "email" | "hotline" | "open311" | "social";
                                category: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                    name: string;
                                };
                                title: string;
                                description: string;
                                location: {
                                    lat: number;
                                    lon: number;
                                    address: string | null;
                                    /** @enum {string} */
                                    source: "map" | "gps" | "exif";
                                };
                                /** @description Xã/phường nơi xảy ra */
                                areaUnit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @description Đơn vị xử lý */
                                assignedUnit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                assignee: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                isPublic: boolean;
                                anonymous: boolean;
                                confidential: boolean;
                                reporter: {
                                    userId: string | null;
                                    name: string | null;
                                    phone: string | null;
                                    email: string | null;
                                } | null;
                                /** @description Vì sao danh tính bị ẩn với bạn */
                                reporterHidden: ("anonymous" | "confidential") | null;
                                createdAt: string;
                                verifiedAt: string | null;
                                assignedAt: string | null;
                                /** @description Hạn xử lý (theo ngày làm việc) */
                                dueAt: string | null;
                                overdue: boolean;
                                overdueAt: string | null;
                                publishedAt: string | null;
                                closedAt: string | null;
                                reject: {
                                    /**
                                     * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                     * @enum {string}
                                     */
                                    reason: "spam" | "out_of_scope" | "duplicate";
                                    duplicateOf: {
                                        /** Format: uuid */
                                        id: string;
                                        code: string;
                                    } | null;
                                } | null;
                                answer: {
                                    text: string;
                                    draftedAt: string | null;
                                    approvedAt: string | null;
                                    publishedAt: string | null;
                                } | null;
                                rating: {
                                    stars: number;
                                    comment: string | null;
                                    at: string;
                                } | null;
                                infoRequest: {
                                    question: string;
                                    requestedAt: string;
                                } | null;
                                pendingExtension: {
                                    /** Format: uuid */
                                    id: string;
                                    days: number;
                                    reason: string;
                                    requestedAt: string;
                                } | null;
                                reopenCount: number;
                                media: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "photo" | "video" | "document";
                                    url: string;
                                    thumbnailUrl: string | null;
                                }[];
                                checklist: {
                                    position: number;
                                    text: string;
                                    doneAt: string | null;
                                    doneBy: string | null;
                                }[];
                                timeline: {
                                    at: string;
                                    action: string;
                                    fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                    /**
                                     * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                     * @enum {string}
                                     */
                                    toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                    /**
                                     * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                     * @enum {string}
                                     */
                                    publicStatus: "received" | "processing" | "answered" | "closed";
                                    unitName: string | null;
                                    /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                    actorLabel: string | null;
                                    note: string | null;
                                }[];
                                /** @description Thao tác người gọi được phép thực hiện */
                                allowedActions: string[];
                            };
                            /** @description Chỉ trả về một lần cho khách: dùng để theo dõi, bổ sung thông tin và đánh giá */
                            trackingToken: string | null;
                            /** @description Đây là phản ánh đã gửi trước với cùng khoá chống trùng */
                            replayed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách phản ánh công khai (lọc, tìm không dấu) */
        get: {
            parameters: {
                query?: {
                    /** @description Trạng thái công khai: đã tiếp nhận, đang xử lý, đã trả lời, đã đóng */
                    status?: "received" | "processing" | "answered" | "closed";
                    /** @description Lĩnh vực (gồm cả lĩnh vực con) */
                    categoryId?: string;
                    wardId?: string;
                    /** @description Từ ngày (yyyy-MM-dd, giờ Việt Nam) */
                    from?: string;
                    to?: string;
                    /** @description Tìm không dấu theo tiêu đề, nội dung, mã */
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                /**
                                 * @description Trạng thái công khai: đã tiếp nhận, đang xử lý, đã trả lời, đã đóng
                                 * @enum {string}
                                 */
                                status: "received" | "processing" | "answered" | "closed";
                                title: string;
                                /** Format: uuid */
                                categoryId: string;
                                categoryName: string;
                                areaUnitName: string;
                                lat: number;
                                lon: number;
                                createdAt: string;
                                publishedAt: string | null;
                                thumbnailUrl: string | null;
                            }[];
                            total: number;
                            totalCapped: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/reports/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Điểm phản ánh công khai cho bản đồ (gom cụm ở trình duyệt) */
        get: {
            parameters: {
                query?: {
                    /** @description Trạng thái công khai: đã tiếp nhận, đang xử lý, đã trả lời, đã đóng */
                    status?: "received" | "processing" | "answered" | "closed";
                    categoryId?: string;
                    wardId?: string;
                    from?: string;
                    to?: string;
                    /** @description minLon,minLat,maxLon,maxLat */
                    bbox?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            lat: number;
                            lon: number;
                            /**
                             * @description Trạng thái công khai: đã tiếp nhận, đang xử lý, đã trả lời, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "processing" | "answered" | "closed";
                            /** Format: uuid */
                            categoryId: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trang phản ánh công khai: ảnh, các bước xử lý, trả lời chính thức */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            /**
                             * @description Trạng thái công khai: đã tiếp nhận, đang xử lý, đã trả lời, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "processing" | "answered" | "closed";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                            };
                            areaUnitName: string;
                            assignedUnitName: string | null;
                            createdAt: string;
                            publishedAt: string | null;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                /**
                                 * @description Trạng thái công khai: đã tiếp nhận, đang xử lý, đã trả lời, đã đóng
                                 * @enum {string}
                                 */
                                status: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                            }[];
                            answer: {
                                text: string;
                                publishedAt: string;
                                unitName: string | null;
                            } | null;
                            rating: {
                                stars: number;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Khách theo dõi phản ánh của mình bằng mã và mã theo dõi */
        get: {
            parameters: {
                query: {
                    code: string;
                    token: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phản ánh của tôi */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            /**
                             * @description Trạng thái theo từ vựng công khai
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            title: string;
                            /** Format: uuid */
                            categoryId: string;
                            categoryName: string;
                            areaUnitName: string;
                            assignedUnitName: string | null;
                            lat: number;
                            lon: number;
                            createdAt: string;
                            dueAt: string | null;
                            overdue: boolean;
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Người phản ánh bổ sung thông tin được yêu cầu */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        /** @description Mã theo dõi của khách (khi không đăng nhập) */
                        token?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Người phản ánh đánh giá kết quả (1–5 sao); 1–2 sao mở lại phản ánh */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        stars: number;
                        comment?: string | null;
                        /** @description Mã theo dõi của khách (khi không đăng nhập) */
                        token?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/objection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Người phản ánh không đồng ý với kết quả (trong thời hạn): mở lại phản ánh */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        /** @description Mã theo dõi của khách (khi không đăng nhập) */
                        token?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết phản ánh (cán bộ trong phạm vi, hoặc chính người phản ánh) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/bulk-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển nhiều phản ánh cho một đơn vị */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reportIds: string[];
                        /** Format: uuid */
                        unitId: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigned: string[];
                            failed: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác minh phản ánh; tự động chuyển đơn vị theo lĩnh vực và vị trí */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Đổi lĩnh vực nếu người dân chọn sai
                         */
                        categoryId?: string;
                        isPublic?: boolean;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Từ chối: tin rác hoặc không thuộc phạm vi (có lý do) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        reason: "spam" | "out_of_scope";
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển đơn vị xử lý thủ công (ghi lý do) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        unitId: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gộp phản ánh trùng vào phản ánh khác */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        intoId: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển sang đơn vị khác (ghi lý do) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        unitId: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bắt đầu xử lý */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Giao cán bộ phụ trách */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/info-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Yêu cầu người phản ánh bổ sung thông tin */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        question: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đề nghị gia hạn (lãnh đạo đơn vị duyệt) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        days: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/extension/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duyệt hoặc không duyệt đề nghị gia hạn */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dự thảo trả lời */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/answer/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả lại dự thảo để sửa */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/answer/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duyệt trả lời */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Công khai trả lời và thông báo người phản ánh */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mở lại phản ánh đã trả lời hoặc đã đóng */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đóng phản ánh */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu một bước của quy trình (SOP) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        position: number;
                        done: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Mã phản ánh, ví dụ PA-2026-000123 */
                            code: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            publicStatus: ("received" | "processing" | "answered" | "closed") | null;
                            /**
                             * @description Trạng thái người phản ánh thấy (từ vựng công khai, cả trước khi công khai)
                             * @enum {string}
                             */
                            reporterStatus: "received" | "processing" | "answered" | "closed";
                            /**
                             * @description Kênh tiếp nhận
                             * @enum {string}
                             */
                            channel: "web" | "email" | "hotline" | "open311" | "social";
                            category: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            };
                            title: string;
                            description: string;
                            location: {
                                lat: number;
                                lon: number;
                                address: string | null;
                                /** @enum {string} */
                                source: "map" | "gps" | "exif";
                            };
                            /** @description Xã/phường nơi xảy ra */
                            areaUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Đơn vị xử lý */
                            assignedUnit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            isPublic: boolean;
                            anonymous: boolean;
                            confidential: boolean;
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            } | null;
                            /** @description Vì sao danh tính bị ẩn với bạn */
                            reporterHidden: ("anonymous" | "confidential") | null;
                            createdAt: string;
                            verifiedAt: string | null;
                            assignedAt: string | null;
                            /** @description Hạn xử lý (theo ngày làm việc) */
                            dueAt: string | null;
                            overdue: boolean;
                            overdueAt: string | null;
                            publishedAt: string | null;
                            closedAt: string | null;
                            reject: {
                                /**
                                 * @description Lý do từ chối: tin rác, không thuộc phạm vi, trùng lặp
                                 * @enum {string}
                                 */
                                reason: "spam" | "out_of_scope" | "duplicate";
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                } | null;
                            } | null;
                            answer: {
                                text: string;
                                draftedAt: string | null;
                                approvedAt: string | null;
                                publishedAt: string | null;
                            } | null;
                            rating: {
                                stars: number;
                                comment: string | null;
                                at: string;
                            } | null;
                            infoRequest: {
                                question: string;
                                requestedAt: string;
                            } | null;
                            pendingExtension: {
                                /** Format: uuid */
                                id: string;
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            reopenCount: number;
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "video" | "document";
                                url: string;
                                thumbnailUrl: string | null;
                            }[];
                            checklist: {
                                position: number;
                                text: string;
                                doneAt: string | null;
                                doneBy: string | null;
                            }[];
                            timeline: {
                                at: string;
                                action: string;
                                fromStatus: ("received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed") | null;
                                /**
                                 * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                                 * @enum {string}
                                 */
                                toStatus: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                                /**
                                 * @description Bước theo từ vựng công khai (người phản ánh đọc bước này)
                                 * @enum {string}
                                 */
                                publicStatus: "received" | "processing" | "answered" | "closed";
                                unitName: string | null;
                                /** @description Người thực hiện (chỉ hiện cho cán bộ) */
                                actorLabel: string | null;
                                note: string | null;
                            }[];
                            /** @description Thao tác người gọi được phép thực hiện */
                            allowedActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phản ánh có thể trùng (cùng lĩnh vực, gần, nội dung tương tự) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            title: string;
                            /**
                             * @description Trạng thái: tiếp nhận, đã xác minh, từ chối, đã chuyển đơn vị, đang xử lý, đã dự thảo trả lời, đã duyệt trả lời, đã công khai, đã đánh giá, đã đóng
                             * @enum {string}
                             */
                            status: "received" | "verified" | "rejected" | "assigned" | "in_progress" | "answer_drafted" | "answer_approved" | "published" | "rated" | "closed";
                            createdAt: string;
                            distanceM: number;
                            similarity: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trao đổi nội bộ (không công khai) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            authorId: string | null;
                            authorLabel: string | null;
                            text: string;
                            createdAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thêm trao đổi nội bộ */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            authorId: string | null;
                            authorLabel: string | null;
                            text: string;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/social": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tiếp nhận phản ánh từ mạng xã hội/ứng dụng nhắn tin (Zalo, Facebook) qua khoá API (system)
         * @description The message id is the idempotency key (same source + messageId → the same report, 200). The sender must give a phone or an email (422 REPORT_CONTACT_REQUIRED). Photo URLs are appended to the description as links and are not downloaded.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Nền tảng gửi tin
                         * @enum {string}
                         */
                        source: "zalo" | "facebook";
                        /** @description Mã tin nhắn trên nền tảng: dùng làm khoá chống trùng (gửi lại cùng mã → cùng phản ánh) */
                        messageId: string;
                        sender: {
                            /** @description Mã người gửi trên nền tảng (không công khai, không lưu) */
                            id: string;
                            name?: string | null;
                            phone?: string | null;
                            email?: string | null;
                        };
                        /**
                         * Format: uuid
                         * @description Lĩnh vực (chatbot chọn từ GET /api/report-categories)
                         */
                        categoryId: string;
                        /** @description Mặc định: dòng đầu của nội dung */
                        title?: string;
                        text: string;
                        location: {
                            lat: number;
                            lon: number;
                            address?: string | null;
                        };
                        /**
                         * @description Liên kết ảnh: chỉ ghi lại dưới dạng liên kết, máy chủ không tải về
                         * @default []
                         */
                        photoUrls?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            /** @description Mã theo dõi cho người phản ánh (chỉ trả về một lần) */
                            trackingToken: string | null;
                            replayed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            /** @description Mã theo dõi cho người phản ánh (chỉ trả về một lần) */
                            trackingToken: string | null;
                            replayed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/hotline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trực ban nhập phản ánh qua đường dây nóng (người gọi là người phản ánh) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Khoá chống gửi trùng: gửi lại cùng khoá nhận lại cùng phản ánh */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        categoryId: string;
                        /** @description Số gọi đến */
                        callerPhone: string;
                        callerName?: string | null;
                        /** @description Mặc định: dòng đầu của ghi chú */
                        title?: string;
                        /** @description Ghi chú cuộc gọi → nội dung phản ánh */
                        notes: string;
                        /** @description Vị trí người gọi mô tả, trực ban chọn trên bản đồ */
                        location: {
                            lat: number;
                            lon: number;
                            address?: string | null;
                        };
                        /** @default false */
                        anonymous?: boolean;
                        /** @default false */
                        confidential?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            /** @description Mã theo dõi cho người phản ánh (chỉ trả về một lần) */
                            trackingToken: string | null;
                            replayed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            /** @description Mã theo dõi cho người phản ánh (chỉ trả về một lần) */
                            trackingToken: string | null;
                            replayed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311: discovery, services (list) or requests (public service requests); .json or .xml */
        get: {
            parameters: {
                query?: {
                    service_request_id?: string;
                    service_code?: string;
                    start_date?: string;
                    end_date?: string;
                    /** @description open, closed or both, comma-separated */
                    status?: string;
                    jurisdiction_id?: string;
                };
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Open311: create a service request (form-encoded; api_key = a vioc API key with role system) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        api_key?: string;
                        jurisdiction_id?: string;
                        service_code?: string;
                        lat?: string;
                        long?: string;
                        address_string?: string;
                        address_id?: string;
                        description?: string;
                        email?: string;
                        phone?: string;
                        first_name?: string;
                        last_name?: string;
                        device_id?: string;
                        account_id?: string;
                        media_url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311: service definition (no extra attributes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311: one public service request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/tokens/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311: service request id from a token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tiến trình còn sống */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sẵn sàng phục vụ: cơ sở dữ liệu kết nối được, migration đã áp dụng */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/config/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cấu hình công khai cho giao diện */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            provinceUnitId: string | null;
                            provinceName: string | null;
                            mapTileUrl: string | null;
                            oidc: {
                                enabled: boolean;
                                label: string;
                            };
                            modules: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các vai trò của hệ thống */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Vai trò
                             * @enum {string}
                             */
                            role: "citizen" | "business" | "officer" | "unit_leader" | "operator" | "leader" | "admin" | "system";
                            vi: string;
                            en: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
